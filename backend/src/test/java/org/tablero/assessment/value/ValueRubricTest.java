package org.tablero.assessment.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValueRubricTest {

    @ParameterizedTest(name = "BCR {0} scores {1}")
    @CsvSource({
        "0.000, 0", "0.999, 0", "1.000, 1", "1.249, 1", "1.250, 2", "1.499, 2", "1.500, 3", "1.999, 3",
        "2.000, 4", "2.499, 4", "2.500, 5", "40.000, 5"})
    void the_economic_score_follows_the_published_bands(String bcr, int score) {
        EconomicFigures figures = new EconomicFigures(BigDecimal.ZERO, new BigDecimal("100.00"), BigDecimal.ZERO,
                BigDecimal.ZERO, new BigDecimal(bcr), null);

        assertThat(ValueRubric.economicScore(figures)).isEqualTo(score);
    }
}
