package org.tablero.project;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** What an owner types to create or change a project; validated by {@link ProjectRules}. */
public record ProjectInput(
        String code,
        String title,
        String summary,
        Long organisationId,
        Category category,
        PolicyArea policyArea,
        DeliveryApproach deliveryApproach,
        Integer iterationWeeks,
        boolean usesAi,
        boolean aiDecidesAboutPeople,
        FundingSource fundingSource,
        LocalDate plannedStart,
        LocalDate plannedEnd,
        Set<Infrastructure> infrastructure,
        List<YearlyCost> costs) {

    public ProjectInput {
        infrastructure = infrastructure == null ? Set.of() : Set.copyOf(infrastructure);
        costs = costs == null ? List.of() : List.copyOf(costs);
    }
}
