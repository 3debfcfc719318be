package org.tablero.assessment.value;

import java.math.BigDecimal;

/**
 * The computed economic figures of a value proposition (see {@link EconomicAnalysis} for the conventions).
 *
 * @param discountRate the rate they were computed with, as a fraction (0.06 is 6 %)
 * @param pvCosts present value of the costs, 2 decimals
 * @param pvBenefits present value of the benefits, 2 decimals
 * @param npv net present value, 2 decimals
 * @param bcr benefit–cost ratio, 3 decimals; null when the present value of the costs is zero
 * @param paybackYear the year the cumulative discounted net turns non-negative for good; null when never
 */
public record EconomicFigures(
        BigDecimal discountRate,
        BigDecimal pvCosts,
        BigDecimal pvBenefits,
        BigDecimal npv,
        BigDecimal bcr,
        Integer paybackYear) {}
