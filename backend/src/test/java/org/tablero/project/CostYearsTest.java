package org.tablero.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CostYearsTest {

    private static YearlyCost cost(int year) {
        return new YearlyCost(year, BigDecimal.ONE, BigDecimal.ONE);
    }

    @Test
    void each_year_with_a_cost_sets_its_own_bit_and_a_gap_stays_clear() {
        long bits = CostYears.of(List.of(cost(2025), cost(2027)));
        assertThat(bits & CostYears.bit(2025)).isNotZero();
        assertThat(bits & CostYears.bit(2026)).as("no cost in 2026").isZero();
        assertThat(bits & CostYears.bit(2027)).isNotZero();
        assertThat(Long.bitCount(bits)).isEqualTo(2);
    }

    @Test
    void the_years_2000_to_2062_fit_in_a_positive_bigint_and_others_are_left_to_the_yearly_costs() {
        assertThat(CostYears.bit(2000)).isEqualTo(1L);
        assertThat(CostYears.bit(2062)).isPositive().isEqualTo(1L << 62);
        assertThat(CostYears.representable(1999)).isFalse();
        assertThat(CostYears.representable(2063)).isFalse();
        assertThat(CostYears.of(List.of(cost(1999), cost(2063)))).isZero();
        assertThatThrownBy(() -> CostYears.bit(2063)).isInstanceOf(IllegalArgumentException.class);
    }
}
