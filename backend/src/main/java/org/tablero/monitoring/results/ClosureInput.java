package org.tablero.monitoring.results;

import java.math.BigDecimal;

/**
 * What an owner records when a project closes; validated by {@link ResultsRules#validate(ClosureInput)}.
 *
 * @param realisedBenefits the quantified benefits realised, in the deployment's currency, comparable with the sum
 *     of the yearly benefits of the value proposition
 */
public record ClosureInput(BigDecimal realisedBenefits, String benefitsSummary, String lessonsLearned) {}
