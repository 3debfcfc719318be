package org.tablero.assessment.value;

import java.math.BigDecimal;
import java.util.List;

/**
 * The published rubric of the value proposition's scores, as data that the screens and the open data print.
 *
 * <p>The social, strategic and environmental scores are given by the owner on one scale of six levels
 * ({@link #LEVEL_KEYS}). The economic score is derived from the benefit–cost ratio as shown on screen (rounded to
 * 3 decimals) by {@link #ECONOMIC_BANDS}:
 *
 * <pre>
 *   BCR &lt; 1.00          0   the benefits do not cover the costs
 *   1.00 ≤ BCR &lt; 1.25   1
 *   1.25 ≤ BCR &lt; 1.50   2
 *   1.50 ≤ BCR &lt; 2.00   3
 *   2.00 ≤ BCR &lt; 2.50   4
 *   BCR ≥ 2.50          5
 *   no costs (BCR undefined): 5 when there are benefits, 0 when there are none
 * </pre>
 *
 * An empty table has no economic score.
 */
public final class ValueRubric {

    public static final int MIN_SCORE = 0;
    public static final int MAX_SCORE = 5;

    /** From {@code minimumBcr} on (inclusive) the economic score is {@code score}, unless a higher band applies. */
    public record Band(BigDecimal minimumBcr, int score) {}

    /** Highest first. */
    public static final List<Band> ECONOMIC_BANDS = List.of(
            new Band(new BigDecimal("2.50"), 5),
            new Band(new BigDecimal("2.00"), 4),
            new Band(new BigDecimal("1.50"), 3),
            new Band(new BigDecimal("1.25"), 2),
            new Band(new BigDecimal("1.00"), 1));
    public static final int SCORE_BELOW_BANDS = 0;
    public static final int SCORE_NO_COSTS_WITH_BENEFITS = 5;
    public static final int SCORE_NO_COSTS_NO_BENEFITS = 0;

    /** Message keys describing the levels 0..5 of the scores the owner gives, index = score. */
    public static final List<String> LEVEL_KEYS = List.of("value.rubric.0", "value.rubric.1", "value.rubric.2",
            "value.rubric.3", "value.rubric.4", "value.rubric.5");

    private ValueRubric() {}

    public static int economicScore(EconomicFigures figures) {
        if (figures.bcr() == null) {
            return figures.pvBenefits().signum() > 0 ? SCORE_NO_COSTS_WITH_BENEFITS : SCORE_NO_COSTS_NO_BENEFITS;
        }
        return ECONOMIC_BANDS.stream().filter(band -> figures.bcr().compareTo(band.minimumBcr()) >= 0)
                .mapToInt(Band::score).findFirst().orElse(SCORE_BELOW_BANDS);
    }
}
