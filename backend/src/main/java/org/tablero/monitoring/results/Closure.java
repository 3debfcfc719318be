package org.tablero.monitoring.results;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A project's closure: the benefits realised against those its value proposition planned, and lessons learned.
 *
 * @param plannedBenefits the sum of the yearly benefits of the project's value proposition (undiscounted, as
 *     typed), zero when it has none
 * @param realisedPercent realised benefits as a percent of the planned ones, two decimals; null when none were
 *     planned
 */
public record Closure(
        long projectId,
        BigDecimal realisedBenefits,
        BigDecimal plannedBenefits,
        BigDecimal realisedPercent,
        String benefitsSummary,
        String lessonsLearned,
        Instant closedAt) {

    static Closure of(long projectId, BigDecimal realisedBenefits, BigDecimal plannedBenefits,
            String benefitsSummary, String lessonsLearned, Instant closedAt) {
        return new Closure(projectId, realisedBenefits, plannedBenefits,
                ResultsRules.percent(realisedBenefits, plannedBenefits), benefitsSummary, lessonsLearned, closedAt);
    }
}
