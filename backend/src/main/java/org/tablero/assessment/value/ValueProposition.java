package org.tablero.assessment.value;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A project's value proposition as the project page shows it: what the owner typed, and the figures computed
 * from it with the deployment's current settings ({@code economic}, {@code economicScore}, {@code valueScore}).
 *
 * @param years ordered by year
 * @param objectives ordered by code
 * @param economicScore derived from the benefit–cost ratio by {@link ValueRubric}; null while the table is empty
 * @param valueScore the weighted score 0–5 with two decimals; null until all four dimensions are scored
 * @param version 0 while nothing was ever saved; the version to pass back when saving
 * @param updatedAt null while nothing was ever saved
 */
public record ValueProposition(
        long projectId,
        List<ValueYear> years,
        String reuse,
        Long peopleReached,
        String inclusion,
        String serviceImprovement,
        Integer socialScore,
        List<StrategyObjective> objectives,
        String strategicAlignment,
        Integer strategicScore,
        String energyAndEmissions,
        String hardwareLifecycle,
        String greenByDesign,
        Integer environmentalScore,
        EconomicFigures economic,
        Integer economicScore,
        BigDecimal valueScore,
        int version,
        Instant updatedAt) {

    public ValueProposition {
        years = List.copyOf(years);
        objectives = List.copyOf(objectives);
    }

    public ValuePropositionInput toInput() {
        return new ValuePropositionInput(years, reuse, peopleReached, inclusion, serviceImprovement, socialScore,
                objectives.stream().map(StrategyObjective::id).collect(Collectors.toSet()), strategicAlignment,
                strategicScore, energyAndEmissions, hardwareLifecycle, greenByDesign, environmentalScore);
    }
}
