package org.tablero.project;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.tablero.organisation.OrganisationLevel;

/** A project with everything the project page shows. */
public record Project(
        long id,
        String code,
        String title,
        String summary,
        long organisationId,
        String organisationName,
        OrganisationLevel organisationLevel,
        Category category,
        PolicyArea policyArea,
        DeliveryApproach deliveryApproach,
        Integer iterationWeeks,
        boolean usesAi,
        boolean aiDecidesAboutPeople,
        FundingSource fundingSource,
        LocalDate plannedStart,
        LocalDate plannedEnd,
        BigDecimal lifecycleCost,
        ProjectStatus status,
        Tier tier,
        Set<Infrastructure> infrastructure,
        List<YearlyCost> costs,
        int version,
        Instant createdAt,
        Instant updatedAt) {

    public ProjectInput toInput() {
        return new ProjectInput(code, title, summary, organisationId, category, policyArea, deliveryApproach,
                iterationWeeks, usesAi, aiDecidesAboutPeople, fundingSource, plannedStart, plannedEnd,
                infrastructure, costs);
    }
}
