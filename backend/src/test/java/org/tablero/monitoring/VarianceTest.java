package org.tablero.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The IT Dashboard's conventions: negative is over budget or late; colour by the absolute percent. */
class VarianceTest {

    private static final VarianceThresholds DEFAULT = VarianceThresholds.IT_DASHBOARD;

    @Test
    void a_completed_project_that_cost_more_than_planned_is_yellow_as_the_it_dashboard_shows_it() {
        Variance.Cost cost = Variance.cost(new BigDecimal("4.38449"), new BigDecimal("4.841284"), DEFAULT);

        assertThat(cost.amount()).isEqualByComparingTo("-0.456794");
        assertThat(cost.percent()).isEqualByComparingTo("-10.42");
        assertThat(cost.colour()).isEqualTo(VarianceColour.YELLOW);
    }

    @Test
    void an_unfinished_project_past_its_projected_end_keeps_slipping_until_the_evaluation_date() {
        Variance.Schedule schedule = Variance.schedule(LocalDate.of(2023, 4, 1), LocalDate.of(2024, 6, 30), null,
                LocalDate.of(2024, 12, 31), LocalDate.of(2025, 2, 25), DEFAULT);

        assertThat(schedule.days()).isEqualTo(-240);
        assertThat(schedule.percent()).isEqualByComparingTo("-52.63");
        assertThat(schedule.colour()).isEqualTo(VarianceColour.RED);
    }

    @Test
    void a_projected_end_after_the_evaluation_date_is_the_one_that_counts() {
        Variance.Schedule schedule = Variance.schedule(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), null,
                LocalDate.of(2027, 1, 30), LocalDate.of(2026, 6, 30), DEFAULT);

        assertThat(schedule.days()).isEqualTo(-30);
        assertThat(schedule.percent()).isEqualByComparingTo("-8.24");
        assertThat(schedule.colour()).isEqualTo(VarianceColour.GREEN);
    }

    @Test
    void a_completed_project_is_judged_by_its_actual_end_whatever_the_evaluation_date() {
        Variance.Schedule early = Variance.schedule(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                LocalDate.of(2026, 10, 1), LocalDate.of(2027, 6, 1), LocalDate.of(2028, 1, 1), DEFAULT);

        assertThat(early.days()).as("finished 91 days early: a positive variance").isEqualTo(91);
        assertThat(early.percent()).isEqualByComparingTo("25.00");
        assertThat(early.colour()).as("far from plan either way").isEqualTo(VarianceColour.YELLOW);
    }

    @Test
    void without_a_projected_end_the_planned_end_holds_until_the_evaluation_date_passes_it() {
        LocalDate start = LocalDate.of(2026, 1, 1);
        LocalDate end = LocalDate.of(2026, 12, 31);

        assertThat(Variance.schedule(start, end, null, null, LocalDate.of(2026, 6, 1), DEFAULT).days()).isZero();
        assertThat(Variance.schedule(start, end, null, null, LocalDate.of(2027, 1, 10), DEFAULT).days())
                .isEqualTo(-10);
    }

    @Test
    void a_plan_of_zero_cost_has_no_percent_and_is_red_only_when_money_is_spent() {
        Variance.Cost none = Variance.cost(BigDecimal.ZERO, BigDecimal.ZERO, DEFAULT);
        Variance.Cost spent = Variance.cost(BigDecimal.ZERO, new BigDecimal("1000"), DEFAULT);

        assertThat(none.percent()).isNull();
        assertThat(none.colour()).isEqualTo(VarianceColour.GREEN);
        assertThat(spent.amount()).isEqualByComparingTo("-1000");
        assertThat(spent.percent()).isNull();
        assertThat(spent.colour()).isEqualTo(VarianceColour.RED);
    }

    @ParameterizedTest(name = "{0} % → {1}")
    @CsvSource({"0, GREEN", "9.99, GREEN", "-9.99, GREEN", "10, YELLOW", "-10.00, YELLOW", "29.99, YELLOW",
            "30, RED", "-30, RED", "250, RED"})
    void colours_change_at_10_and_30_percent_either_way(BigDecimal percent, VarianceColour colour) {
        assertThat(DEFAULT.colourOf(percent)).isEqualTo(colour);
    }

    @Test
    void a_deployment_may_set_its_own_thresholds() {
        VarianceThresholds strict = new VarianceThresholds(new BigDecimal(5), new BigDecimal(15));

        assertThat(Variance.cost(new BigDecimal(100), new BigDecimal(106), strict).colour())
                .isEqualTo(VarianceColour.YELLOW);
        assertThat(Variance.cost(new BigDecimal(100), new BigDecimal(106), DEFAULT).colour())
                .isEqualTo(VarianceColour.GREEN);
    }
}
