package org.tablero.publication;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A project's value proposition: the dimension scores (0–5), the weighted value score, the economic figures and
 * the texts behind the social, strategic and environmental scores.
 */
public record PublicValueScore(
        String projectCode,
        @Nullable BigDecimal valueScore,
        @Nullable Integer economicScore,
        @Nullable Integer socialScore,
        @Nullable Integer strategicScore,
        @Nullable Integer environmentalScore,
        BigDecimal discountRate,
        BigDecimal presentValueCosts,
        BigDecimal presentValueBenefits,
        BigDecimal netPresentValue,
        @Nullable BigDecimal benefitCostRatio,
        @Nullable Integer paybackYear,
        @Nullable Long peopleReached,
        Disclosed<String> reuse,
        Disclosed<String> inclusion,
        Disclosed<String> serviceImprovement,
        Disclosed<String> strategicAlignment,
        Disclosed<String> energyAndEmissions,
        Disclosed<String> hardwareLifecycle,
        Disclosed<String> greenByDesign) {}
