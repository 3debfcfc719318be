package org.tablero.assessment.value;

import java.math.BigDecimal;

/**
 * The weights of the four dimensions in the value score, set by an administrator. Only their proportions
 * matter: the value score divides by their sum.
 */
public record DimensionWeights(BigDecimal economic, BigDecimal social, BigDecimal strategic,
        BigDecimal environmental) {

    /** The sum of the weights; call only on validated weights (none null). */
    public BigDecimal sum() {
        return economic.add(social).add(strategic).add(environmental);
    }
}
