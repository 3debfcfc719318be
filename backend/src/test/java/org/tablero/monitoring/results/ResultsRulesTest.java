package org.tablero.monitoring.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tablero.common.FieldProblem;
import org.tablero.common.InvalidInputException;
import org.tablero.common.Validation;
import org.tablero.project.ProjectStatus;

class ResultsRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @Test
    void user_satisfaction_is_the_percent_of_satisfied_responses() {
        assertThat(ResultsRules.satisfaction(45, 60)).isEqualTo(new BigDecimal("75.00"));
        assertThat(ResultsRules.satisfaction(2, 3)).isEqualTo(new BigDecimal("66.67"));
        assertThat(ResultsRules.satisfaction(0, 10)).isEqualTo(new BigDecimal("0.00"));
        assertThat(ResultsRules.satisfaction(10, 10)).isEqualTo(new BigDecimal("100.00"));
        assertThat(ResultsRules.satisfaction(0, 0)).as("no responses, no satisfaction").isNull();
    }

    @Test
    void the_realised_share_of_planned_benefits_is_a_percent_and_none_when_nothing_was_planned() {
        assertThat(ResultsRules.percent(new BigDecimal("120000.00"), new BigDecimal("150000.00")))
                .isEqualTo(new BigDecimal("80.00"));
        assertThat(ResultsRules.percent(new BigDecimal("200000"), new BigDecimal("150000")))
                .isEqualTo(new BigDecimal("133.33"));
        assertThat(ResultsRules.percent(new BigDecimal("5"), BigDecimal.ZERO)).isNull();
    }

    @Test
    void ux_percentages_outside_0_to_100_and_a_negative_cost_are_refused_field_by_field() {
        assertThat(problems(ResultsRules.validate(new UxMeasurementInput(LocalDate.of(2026, 10, 1), 10, 20,
                new BigDecimal("100.01"), new BigDecimal("-1"), new BigDecimal("-0.01")), TODAY)))
                .extracting(FieldProblem::field, FieldProblem::messageKey).containsExactlyInAnyOrder(
                        tuple("completionRate", ResultsRules.PERCENT),
                        tuple("digitalTakeUp", ResultsRules.PERCENT),
                        tuple("costPerTransaction", ResultsRules.AMOUNT));
        assertThat(problems(ResultsRules.validate(new UxMeasurementInput(LocalDate.of(2026, 10, 1), 10, 20,
                new BigDecimal("99.999"), null, new BigDecimal("1.005")), TODAY)))
                .as("more decimals than are kept").extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("completionRate", "costPerTransaction");
    }

    @Test
    void ux_figures_need_consistent_counts_and_a_month_that_has_begun() {
        assertThat(problems(ResultsRules.validate(new UxMeasurementInput(LocalDate.of(2026, 10, 15), 21, 20,
                null, null, null), TODAY))).extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactlyInAnyOrder(
                        tuple("period", ResultsRules.PERIOD_FIRST_DAY),
                        tuple("satisfiedResponses", ResultsRules.SATISFIED_ABOVE_RESPONSES));
        assertThat(problems(ResultsRules.validate(new UxMeasurementInput(LocalDate.of(2026, 12, 1), -1, -1,
                null, null, null), TODAY))).extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactlyInAnyOrder(
                        tuple("period", ResultsRules.IN_FUTURE),
                        tuple("satisfiedResponses", ResultsRules.NOT_NEGATIVE),
                        tuple("responses", ResultsRules.NOT_NEGATIVE));
    }

    @Test
    void ux_figures_of_the_current_month_with_only_the_survey_are_valid() {
        assertThat(problems(ResultsRules.validate(new UxMeasurementInput(LocalDate.of(2026, 11, 1), 0, 0,
                null, null, null), TODAY))).isEmpty();
        assertThat(problems(ResultsRules.validate(new UxMeasurementInput(LocalDate.of(2026, 11, 1), 45, 60,
                new BigDecimal("100"), new BigDecimal("0"), new BigDecimal("12.50")), TODAY))).isEmpty();
    }

    @Test
    void a_kpi_target_on_the_wrong_side_of_its_baseline_is_refused() {
        assertThat(problems(ResultsRules.validate(kpi("60", "50", KpiDirection.INCREASE))))
                .extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(tuple("targetValue", ResultsRules.TARGET_DIRECTION));
        assertThat(problems(ResultsRules.validate(kpi("5", "8", KpiDirection.DECREASE))))
                .extracting(FieldProblem::field).containsExactly("targetValue");
        assertThat(problems(ResultsRules.validate(kpi("5", "5", KpiDirection.DECREASE)))).isEmpty();
    }

    @Test
    void kpi_values_must_fit_four_decimals_and_fifteen_digits() {
        assertThat(problems(ResultsRules.validate(kpi("0.00001", "1000000000000000", KpiDirection.INCREASE))))
                .extracting(FieldProblem::field, FieldProblem::messageKey).containsExactlyInAnyOrder(
                        tuple("baselineValue", ResultsRules.VALUE_FORMAT),
                        tuple("targetValue", ResultsRules.VALUE_FORMAT));
        assertThat(problems(ResultsRules.validate(new KpiInput(" ", "%", null, null, null, null))))
                .extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("name", "baselineValue", "targetValue", "targetDate", "direction");
    }

    @Test
    void a_kpi_cannot_be_measured_in_the_future() {
        assertThat(problems(ResultsRules.validate(new KpiMeasurementInput(TODAY.plusDays(1), BigDecimal.ONE, null),
                TODAY))).extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(tuple("measuredOn", ResultsRules.IN_FUTURE));
        assertThat(problems(ResultsRules.validate(new KpiMeasurementInput(TODAY, new BigDecimal("-2.5"), null),
                TODAY))).as("a value may be negative").isEmpty();
    }

    @Test
    void kpis_are_kept_outside_review_until_the_project_ends_and_measured_from_execution_on() {
        assertThat(List.of(ProjectStatus.values())).filteredOn(ResultsRules::kpisEditable).containsExactlyInAnyOrder(
                ProjectStatus.DRAFT, ProjectStatus.RETURNED, ProjectStatus.APPROVED, ProjectStatus.IN_EXECUTION,
                ProjectStatus.ON_HOLD);
        assertThat(List.of(ProjectStatus.values())).filteredOn(ResultsRules::measurable).containsExactlyInAnyOrder(
                ProjectStatus.IN_EXECUTION, ProjectStatus.ON_HOLD, ProjectStatus.COMPLETED);
        assertThat(List.of(ProjectStatus.values())).filteredOn(ResultsRules::closable).containsExactlyInAnyOrder(
                ProjectStatus.IN_EXECUTION, ProjectStatus.COMPLETED);
    }

    private static KpiInput kpi(String baseline, String target, KpiDirection direction) {
        return new KpiInput("Services fully online", "%", new BigDecimal(baseline), new BigDecimal(target),
                LocalDate.of(2027, 12, 31), direction);
    }

    private static List<FieldProblem> problems(Validation validation) {
        try {
            validation.throwIfInvalid();
            return List.of();
        } catch (InvalidInputException refused) {
            return refused.problems();
        }
    }
}
