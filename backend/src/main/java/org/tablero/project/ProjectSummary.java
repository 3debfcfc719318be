package org.tablero.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.tablero.organisation.OrganisationLevel;

/** One row of the project register. */
public record ProjectSummary(
        long id,
        String code,
        String title,
        String organisationName,
        OrganisationLevel organisationLevel,
        Category category,
        ProjectStatus status,
        Tier tier,
        BigDecimal lifecycleCost,
        LocalDate plannedStart,
        LocalDate plannedEnd) {}
