package org.tablero.assessment.value;

import java.math.BigDecimal;

/**
 * The deployment's settings of the value proposition.
 *
 * @param discountRate as a fraction: 0.06 is 6 % a year
 * @param weights the weights of the four dimensions in the value score
 */
public record ValueSettings(BigDecimal discountRate, DimensionWeights weights) {}
