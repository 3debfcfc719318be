package org.tablero.assessment.value;

import java.util.List;
import java.util.Set;

/**
 * What the owner types into the value proposition. Any part may be left empty while the project is a draft;
 * {@link ValueRules#missingForSubmission} says what a submission needs. The names of the components are the
 * field names of the problems reported.
 *
 * @param years the economic table, one row per year within the project's planned years
 * @param reuse reuse across organisations: economies of scale, network effects
 * @param peopleReached how many people the investment reaches
 * @param objectiveIds the strategy objectives the project serves
 */
public record ValuePropositionInput(
        List<ValueYear> years,
        String reuse,
        Long peopleReached,
        String inclusion,
        String serviceImprovement,
        Integer socialScore,
        Set<Long> objectiveIds,
        String strategicAlignment,
        Integer strategicScore,
        String energyAndEmissions,
        String hardwareLifecycle,
        String greenByDesign,
        Integer environmentalScore) {

    public ValuePropositionInput {
        years = years == null ? List.of() : List.copyOf(years);
        objectiveIds = objectiveIds == null ? Set.of() : Set.copyOf(objectiveIds);
    }
}
