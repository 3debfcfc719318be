package org.tablero.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.tablero.monitoring.VarianceColour;
import org.tablero.organisation.OrganisationLevel;
import org.tablero.project.Category;
import org.tablero.project.FundingSource;
import org.tablero.project.ProjectStatus;
import org.tablero.project.Tier;

/**
 * A project as the portfolio lists and exports show it: its register entry and its current delivery figures
 * (null until it has a baseline, a report or a rating).
 *
 * @param costVariancePercent negative when over budget
 * @param scheduleVarianceDays negative when late
 * @param rating 1 (high risk) to 5 (low risk)
 */
public record PortfolioProject(
        long id,
        String code,
        String title,
        long organisationId,
        String organisationName,
        OrganisationLevel organisationLevel,
        Category category,
        ProjectStatus status,
        Tier tier,
        FundingSource fundingSource,
        BigDecimal lifecycleCost,
        LocalDate plannedStart,
        LocalDate plannedEnd,
        BigDecimal baselineCost,
        LocalDate baselineEnd,
        int rebaselines,
        LocalDate lastReportDate,
        BigDecimal costVariancePercent,
        VarianceColour costColour,
        Integer scheduleVarianceDays,
        VarianceColour scheduleColour,
        Integer rating,
        boolean stale) {}
