package org.tablero.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RebaselineRulesTest {

    /** 1,000,000 over 1,000 days. */
    private static final Baseline PLAN = new Baseline(1, 1, new BigDecimal("1000000"), LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 1, 1).plusDays(1000), null, Instant.EPOCH);
    private static final BigDecimal TEN = BigDecimal.TEN;

    @Test
    void a_change_of_up_to_ten_percent_of_cost_or_duration_is_within_the_tolerance() {
        assertThat(RebaselineRules.withinTolerance(PLAN, proposal("1100000", 0), TEN)).isTrue();
        assertThat(RebaselineRules.withinTolerance(PLAN, proposal("900000", 100), TEN)).isTrue();
        assertThat(RebaselineRules.withinTolerance(PLAN, proposal("1000000", -100), TEN)).isTrue();
    }

    @Test
    void beyond_ten_percent_of_either_needs_a_review_round() {
        assertThat(RebaselineRules.withinTolerance(PLAN, proposal("1100000.01", 0), TEN)).isFalse();
        assertThat(RebaselineRules.withinTolerance(PLAN, proposal("1000000", 101), TEN)).isFalse();
        assertThat(RebaselineRules.withinTolerance(PLAN, proposal("850000", 0), TEN)).isFalse();
    }

    private static RebaselineInput proposal(String cost, int daysMoved) {
        return new RebaselineInput(new BigDecimal(cost), PLAN.end().plusDays(daysMoved), "New scope");
    }
}
