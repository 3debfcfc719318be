package org.tablero.monitoring;

import java.math.BigDecimal;

/**
 * Where yellow and red begin, in percent of the plan: under {@code yellowFrom} green, from {@code yellowFrom}
 * to under {@code redFrom} yellow, {@code redFrom} and over red (the IT Dashboard's 10 and 30 by default).
 */
public record VarianceThresholds(BigDecimal yellowFrom, BigDecimal redFrom) {

    public static final VarianceThresholds IT_DASHBOARD = new VarianceThresholds(BigDecimal.TEN, new BigDecimal(30));

    public VarianceThresholds {
        if (yellowFrom.signum() < 0 || redFrom.compareTo(yellowFrom) < 0) {
            throw new IllegalArgumentException("thresholds must satisfy 0 <= yellow <= red: " + yellowFrom
                    + ", " + redFrom);
        }
    }

    /** The colour of a variance given as a percent of the plan, by its absolute value. */
    public VarianceColour colourOf(BigDecimal percent) {
        BigDecimal magnitude = percent.abs();
        if (magnitude.compareTo(redFrom) >= 0) {
            return VarianceColour.RED;
        }
        return magnitude.compareTo(yellowFrom) >= 0 ? VarianceColour.YELLOW : VarianceColour.GREEN;
    }
}
