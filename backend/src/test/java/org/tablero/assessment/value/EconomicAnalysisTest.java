package org.tablero.assessment.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class EconomicAnalysisTest {

    private static final BigDecimal FIVE_PERCENT = new BigDecimal("0.05");

    @Test
    void the_hand_worked_case_at_five_percent() {
        // PV costs    = 100 + 50/1.05 + 50/1.05² = 100 + 47.619 + 45.351 = 192.970
        // PV benefits =   0 + 120/1.05 + 120/1.05² = 114.286 + 108.844 = 223.129
        // cumulative discounted net: -100, -33.33, +30.16 -> pays back in the third year
        EconomicFigures figures = EconomicAnalysis.of(List.of(
                year(2026, "100", "0"), year(2027, "50", "120"), year(2028, "50", "120")), FIVE_PERCENT);

        assertThat(figures.pvCosts()).isEqualByComparingTo("192.97");
        assertThat(figures.pvBenefits()).isEqualByComparingTo("223.13");
        assertThat(figures.npv()).isEqualByComparingTo("30.16");
        assertThat(figures.bcr()).isEqualByComparingTo("1.156");
        assertThat(figures.paybackYear()).isEqualTo(2028);
        assertThat(figures.pvCosts().scale()).isEqualTo(2);
        assertThat(figures.bcr().scale()).isEqualTo(3);
        assertThat(figures.discountRate()).isEqualByComparingTo("0.05");
    }

    @Test
    void the_order_of_the_rows_does_not_matter_the_first_year_is_t_zero() {
        EconomicFigures figures = EconomicAnalysis.of(List.of(
                year(2028, "50", "120"), year(2026, "100", "0"), year(2027, "50", "120")), FIVE_PERCENT);

        assertThat(figures.npv()).isEqualByComparingTo("30.16");
        assertThat(figures.paybackYear()).isEqualTo(2028);
    }

    @Test
    void a_year_missing_from_the_table_is_time_that_passes() {
        EconomicFigures figures = EconomicAnalysis.of(List.of(year(2026, "0", "0"), year(2028, "110.25", "0")),
                FIVE_PERCENT);

        assertThat(figures.pvCosts()).as("110.25 / 1.05²").isEqualByComparingTo("100.00");
    }

    @Test
    void without_costs_the_ratio_is_undefined() {
        EconomicFigures withBenefits = EconomicAnalysis.of(List.of(year(2026, "0", "0"), year(2027, "0", "105")),
                FIVE_PERCENT);
        EconomicFigures withNothing = EconomicAnalysis.of(List.of(year(2026, "0", "0")), FIVE_PERCENT);

        assertThat(withBenefits.pvCosts()).isEqualByComparingTo("0");
        assertThat(withBenefits.bcr()).isNull();
        assertThat(withBenefits.npv()).isEqualByComparingTo("100.00");
        assertThat(ValueRubric.economicScore(withBenefits)).isEqualTo(5);
        assertThat(withNothing.bcr()).isNull();
        assertThat(ValueRubric.economicScore(withNothing)).isZero();
    }

    @Test
    void payback_is_null_when_the_benefits_never_cover_the_costs() {
        EconomicFigures figures = EconomicAnalysis.of(List.of(year(2026, "100", "0"), year(2027, "10", "50")),
                FIVE_PERCENT);

        assertThat(figures.paybackYear()).isNull();
        assertThat(figures.npv().signum()).isNegative();
    }

    @Test
    void payback_counts_discounted_benefits() {
        // undiscounted the project would pay back in 2027 (-100 + 102 >= 0); discounted, 102 / 1.05 = 97.14 does not
        EconomicFigures figures = EconomicAnalysis.of(List.of(year(2026, "100", "0"), year(2027, "0", "102")),
                FIVE_PERCENT);

        assertThat(figures.paybackYear()).isNull();
        assertThat(figures.npv()).isEqualByComparingTo("-2.86");
    }

    @Test
    void payback_is_reached_exactly_when_the_cumulative_net_is_zero() {
        EconomicFigures figures = EconomicAnalysis.of(List.of(year(2026, "100", "0"), year(2027, "0", "105")),
                FIVE_PERCENT);

        assertThat(figures.npv()).isEqualByComparingTo("0.00");
        assertThat(figures.paybackYear()).isEqualTo(2027);
    }

    @Test
    void payback_is_the_year_from_which_the_cumulative_net_stays_non_negative() {
        // cumulative net: 0 (nothing spent yet), -100, +50: the first year does not count as paid back
        EconomicFigures figures = EconomicAnalysis.of(List.of(year(2026, "0", "0"), year(2027, "100", "0"),
                year(2028, "0", "150")), BigDecimal.ZERO);

        assertThat(figures.paybackYear()).isEqualTo(2028);
    }

    @Test
    void at_a_zero_rate_present_values_are_plain_sums() {
        EconomicFigures figures = EconomicAnalysis.of(List.of(year(2026, "100.10", "0.05"),
                year(2027, "50.20", "300.40")), BigDecimal.ZERO);

        assertThat(figures.pvCosts()).isEqualByComparingTo("150.30");
        assertThat(figures.pvBenefits()).isEqualByComparingTo("300.45");
        assertThat(figures.npv()).isEqualByComparingTo("150.15");
        assertThat(figures.bcr()).isEqualByComparingTo("1.999");
        assertThat(figures.paybackYear()).isEqualTo(2027);
    }

    @Test
    void an_empty_table_has_nothing_to_discount() {
        EconomicFigures figures = EconomicAnalysis.of(List.of(), FIVE_PERCENT);

        assertThat(figures.pvCosts()).isEqualByComparingTo("0");
        assertThat(figures.npv()).isEqualByComparingTo("0");
        assertThat(figures.bcr()).isNull();
        assertThat(figures.paybackYear()).isNull();
    }

    static ValueYear year(int year, String cost, String benefit) {
        return new ValueYear(year, new BigDecimal(cost), new BigDecimal(benefit));
    }
}
