package org.tablero.monitoring.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tablero.monitoring.results.KpiDirection.DECREASE;
import static org.tablero.monitoring.results.KpiDirection.INCREASE;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class KpiStatusTest {

    private static final LocalDate TARGET_DATE = LocalDate.of(2027, 6, 30);
    private static final LocalDate BEFORE = TARGET_DATE.minusDays(1);
    private static final LocalDate AFTER = TARGET_DATE.plusDays(1);

    @Test
    void higher_is_better_is_met_at_or_above_the_target() {
        assertThat(status(INCREASE, "80", "80", BEFORE)).isEqualTo(KpiStatus.MET);
        assertThat(status(INCREASE, "80", "80.0000", BEFORE)).as("the scale does not matter").isEqualTo(KpiStatus.MET);
        assertThat(status(INCREASE, "80", "91.5", AFTER)).isEqualTo(KpiStatus.MET);
        assertThat(status(INCREASE, "80", "79.9999", BEFORE)).isEqualTo(KpiStatus.IN_PROGRESS);
    }

    @Test
    void lower_is_better_is_met_at_or_below_the_target() {
        assertThat(status(DECREASE, "3", "3", BEFORE)).isEqualTo(KpiStatus.MET);
        assertThat(status(DECREASE, "3", "1.5", AFTER)).isEqualTo(KpiStatus.MET);
        assertThat(status(DECREASE, "3", "3.01", BEFORE)).isEqualTo(KpiStatus.IN_PROGRESS);
        assertThat(status(DECREASE, "3", "90", BEFORE)).isEqualTo(KpiStatus.IN_PROGRESS);
    }

    @Test
    void a_target_not_reached_once_its_date_has_passed_is_not_met() {
        assertThat(status(INCREASE, "80", "79", AFTER)).isEqualTo(KpiStatus.NOT_MET);
        assertThat(status(DECREASE, "3", "4", AFTER)).isEqualTo(KpiStatus.NOT_MET);
        assertThat(status(INCREASE, "80", "79", TARGET_DATE)).as("on the target date itself there is still time")
                .isEqualTo(KpiStatus.IN_PROGRESS);
    }

    @Test
    void without_a_measurement_a_kpi_is_not_measured_whatever_the_date() {
        assertThat(KpiStatus.of(INCREASE, new BigDecimal("80"), TARGET_DATE, null, BEFORE))
                .isEqualTo(KpiStatus.NOT_MEASURED);
        assertThat(KpiStatus.of(DECREASE, new BigDecimal("3"), TARGET_DATE, null, AFTER))
                .isEqualTo(KpiStatus.NOT_MEASURED);
    }

    @Test
    void progress_is_the_share_of_the_way_from_baseline_to_target_in_either_direction() {
        assertThat(ResultsRules.progress(INCREASE, d("60"), d("80"), d("70"))).isEqualByComparingTo("0.5");
        assertThat(ResultsRules.progress(DECREASE, d("10"), d("2"), d("6"))).isEqualByComparingTo("0.5");
        assertThat(ResultsRules.progress(INCREASE, d("0"), d("3"), d("1"))).isEqualTo(new BigDecimal("0.3333"));
    }

    @Test
    void progress_stays_between_0_and_1_and_reads_1_only_once_the_target_is_reached() {
        assertThat(ResultsRules.progress(INCREASE, d("60"), d("80"), d("95"))).isEqualTo(new BigDecimal("1.0000"));
        assertThat(ResultsRules.progress(INCREASE, d("60"), d("80"), d("50"))).isEqualTo(new BigDecimal("0.0000"));
        assertThat(ResultsRules.progress(DECREASE, d("10"), d("2"), d("12"))).isEqualTo(new BigDecimal("0.0000"));
        assertThat(ResultsRules.progress(INCREASE, d("0"), d("80"), d("79.9999"))).as("cut, not rounded up")
                .isEqualTo(new BigDecimal("0.9999"));
    }

    @Test
    void progress_of_a_level_to_keep_is_all_or_nothing_and_none_without_a_measurement() {
        assertThat(ResultsRules.progress(INCREASE, d("99.9"), d("99.9"), d("99.95"))).isEqualByComparingTo("1");
        assertThat(ResultsRules.progress(INCREASE, d("99.9"), d("99.9"), d("99.8"))).isEqualByComparingTo("0");
        assertThat(ResultsRules.progress(DECREASE, d("5"), d("5"), d("4"))).isEqualByComparingTo("1");
        assertThat(ResultsRules.progress(INCREASE, d("60"), d("80"), null)).isNull();
    }

    private static KpiStatus status(KpiDirection direction, String target, String latest, LocalDate asOf) {
        return KpiStatus.of(direction, d(target), TARGET_DATE, d(latest), asOf);
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }
}
