package org.tablero.assessment.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.tablero.assessment.value.EconomicAnalysisTest.year;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tablero.common.FieldProblem;
import org.tablero.common.InvalidInputException;

class ValueRulesTest {

    private static final DimensionWeights EQUAL = weights("1", "1", "1", "1");

    @Test
    void a_year_outside_the_planned_years_is_refused_with_the_year_and_the_period() {
        List<FieldProblem> problems = problemsOf(input(List.of(year(2025, "1", "0"), year(2026, "1", "0"),
                year(2029, "1", "0"))));

        assertThat(problems).extracting(FieldProblem::field, FieldProblem::messageKey, FieldProblem::arguments)
                .containsExactly(
                        tuple("years", "value.year-outside", List.of(2025, 2026, 2028)),
                        tuple("years", "value.year-outside", List.of(2029, 2026, 2028)));
    }

    @Test
    void a_year_twice_a_negative_amount_more_than_two_decimals_or_a_missing_amount_are_refused() {
        assertThat(problemsOf(input(List.of(year(2026, "1", "0"), year(2026, "2", "0")))))
                .extracting(FieldProblem::messageKey).containsExactly("value.year-twice");
        assertThat(problemsOf(input(List.of(year(2026, "-1", "0"))))).extracting(FieldProblem::messageKey)
                .containsExactly("value.amount-invalid");
        assertThat(problemsOf(input(List.of(year(2026, "0", "1.005"))))).extracting(FieldProblem::messageKey)
                .containsExactly("value.amount-invalid");
        assertThat(problemsOf(input(List.of(new ValueYear(2026, BigDecimal.ONE, null)))))
                .extracting(FieldProblem::messageKey).containsExactly("value.year-incomplete");
    }

    @Test
    void amounts_that_add_up_beyond_what_can_be_stored_are_refused() {
        assertThat(problemsOf(input(List.of(year(2026, "99999999999999999.99", "0"),
                year(2027, "1", "0"))))).extracting(FieldProblem::messageKey).containsExactly("value.total-too-large");
    }

    @Test
    void a_valid_table_has_no_problem() {
        assertThat(problemsOf(input(List.of(year(2026, "100", "0"), year(2028, "0", "250.50"))))).isEmpty();
    }

    @Test
    void scores_lie_between_zero_and_five_and_people_reached_is_not_negative() {
        ValuePropositionInput input = new ValuePropositionInput(List.of(), null, -1L, null, null, 6, Set.of(), null,
                -1, null, null, null, 5);

        assertThat(problemsOf(input)).extracting(FieldProblem::field, FieldProblem::messageKey).containsExactly(
                tuple("peopleReached", "value.range"),
                tuple("socialScore", "value.range"),
                tuple("strategicScore", "value.range"));
    }

    @Test
    void texts_longer_than_the_limit_are_refused() {
        ValuePropositionInput input = new ValuePropositionInput(List.of(), "x".repeat(ValueRules.MAX_TEXT + 1), null,
                null, null, null, Set.of(), null, null, null, null, null, null);

        assertThat(problemsOf(input)).extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(tuple("reuse", "validation.too-long"));
    }

    @Test
    void the_value_score_is_the_weighted_mean_with_two_decimals() {
        assertThat(ValueRules.valueScore(EQUAL, 4, 3, 5, 2)).isEqualByComparingTo("3.50");
        assertThat(ValueRules.valueScore(weights("2", "1", "1", "0"), 5, 3, 1, 0)).as("(10 + 3 + 1) / 4")
                .isEqualByComparingTo("3.50");
        assertThat(ValueRules.valueScore(weights("1", "1", "1", "0"), 5, 4, 4, 0)).as("13 / 3")
                .isEqualByComparingTo("4.33");
        assertThat(ValueRules.valueScore(weights("1", "0", "0", "7"), 5, 0, 0, 0)).as("5 / 8 = 0.625, half up")
                .isEqualByComparingTo("0.63");
        assertThat(ValueRules.valueScore(weights("0.25", "0.25", "0.25", "0.25"), 5, 5, 5, 5))
                .isEqualTo(new BigDecimal("5.00"));
    }

    @Test
    void there_is_no_value_score_until_every_dimension_is_scored() {
        assertThat(ValueRules.valueScore(EQUAL, null, 3, 5, 2)).isNull();
        assertThat(ValueRules.valueScore(EQUAL, 4, 3, 5, null)).isNull();
    }

    @Test
    void weights_that_add_up_to_zero_are_refused() {
        List<FieldProblem> problems = settingsProblems(() -> ValueRules.validateWeights(weights("0", "0", "0", "0"))
                .throwIfInvalid());

        assertThat(problems).extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(tuple("weights", "value.weights-sum-zero"));
    }

    @Test
    void a_negative_or_missing_weight_is_refused() {
        List<FieldProblem> problems = settingsProblems(() -> ValueRules.validateWeights(
                new DimensionWeights(new BigDecimal("-1"), null, BigDecimal.ONE, BigDecimal.ONE)).throwIfInvalid());

        assertThat(problems).extracting(FieldProblem::field, FieldProblem::messageKey).containsExactly(
                tuple("economicWeight", "value.range"),
                tuple("socialWeight", "validation.required"));
        assertThat(settingsProblems(() -> ValueRules.validateWeights(weights("0", "0", "3", "0")).throwIfInvalid()))
                .as("one weight alone is enough").isEmpty();
    }

    @Test
    void the_discount_rate_lies_between_zero_and_one_with_at_most_six_decimals() {
        assertThat(settingsProblems(() -> ValueRules.validateDiscountRate(new BigDecimal("0.06")).throwIfInvalid()))
                .isEmpty();
        assertThat(settingsProblems(() -> ValueRules.validateDiscountRate(BigDecimal.ZERO).throwIfInvalid()))
                .isEmpty();
        for (String invalid : List.of("-0.01", "1.01", "0.0000001")) {
            assertThat(settingsProblems(() -> ValueRules.validateDiscountRate(new BigDecimal(invalid))
                    .throwIfInvalid())).as(invalid).extracting(FieldProblem::messageKey).containsExactly("value.range");
        }
        assertThat(settingsProblems(() -> ValueRules.validateDiscountRate(null).throwIfInvalid()))
                .extracting(FieldProblem::messageKey).containsExactly("validation.required");
    }

    @Test
    void an_empty_value_proposition_misses_every_part() {
        ValueProposition empty = proposition(List.of(), null, null, List.of());

        assertThat(ValueRules.missingForSubmission(empty, 2026, 2028))
                .allMatch(problem -> problem.field().equals("value"))
                .extracting(FieldProblem::messageKey).containsExactly("value.years-missing",
                        "value.economic-incomplete", "value.social-incomplete", "value.objectives-missing",
                        "value.strategic-incomplete", "value.environmental-incomplete");
    }

    @Test
    void a_complete_value_proposition_misses_nothing() {
        ValueProposition complete = proposition(List.of(year(2026, "1", "2")), 3, "Shared by 12 ministries",
                List.of(new StrategyObjective(1, "OBJ", "en", "es", "pt", true, 0)));

        assertThat(ValueRules.missingForSubmission(complete, 2026, 2028)).isEmpty();
    }

    @Test
    void a_dimension_without_its_text_or_score_is_incomplete() {
        ValueProposition noScore = proposition(List.of(year(2026, "1", "2")), null, "Shared",
                List.of(new StrategyObjective(1, "OBJ", "en", "es", "pt", true, 0)));

        assertThat(ValueRules.missingForSubmission(noScore, 2026, 2028)).extracting(FieldProblem::messageKey)
                .containsExactly("value.social-incomplete", "value.strategic-incomplete",
                        "value.environmental-incomplete");
    }

    @Test
    void years_left_outside_after_the_planned_dates_changed_block_the_submission() {
        ValueProposition saved = proposition(List.of(year(2026, "1", "2"), year(2029, "1", "2")), 3, "Shared",
                List.of(new StrategyObjective(1, "OBJ", "en", "es", "pt", true, 0)));

        assertThat(ValueRules.missingForSubmission(saved, 2026, 2028)).extracting(FieldProblem::messageKey,
                FieldProblem::arguments).containsExactly(tuple("value.years-outside", List.of(2026, 2028)));
    }

    @Test
    void a_strategy_objective_needs_a_code_and_three_names() {
        List<FieldProblem> problems = settingsProblems(() -> ValueRules.validate(
                new StrategyObjectiveInput("bad code", "Open", " ", "Aberto", true)).throwIfInvalid());

        assertThat(problems).extracting(FieldProblem::field, FieldProblem::messageKey).containsExactly(
                tuple("code", "validation.code-format"),
                tuple("nameEs", "validation.required"));
    }

    private static ValueProposition proposition(List<ValueYear> years, Integer score, String text,
            List<StrategyObjective> objectives) {
        EconomicFigures economic = EconomicAnalysis.of(years, BigDecimal.ZERO);
        return new ValueProposition(1, years, text, score == null ? null : 1000L, text, text, score, objectives, text,
                score, text, text, text, score, economic, null, null, 1, null);
    }

    private static ValuePropositionInput input(List<ValueYear> years) {
        return new ValuePropositionInput(years, null, null, null, null, null, Set.of(), null, null, null, null, null,
                null);
    }

    private static List<FieldProblem> problemsOf(ValuePropositionInput input) {
        return settingsProblems(() -> ValueRules.validate(input, 2026, 2028).throwIfInvalid());
    }

    private static List<FieldProblem> settingsProblems(Runnable validation) {
        try {
            validation.run();
            return List.of();
        } catch (InvalidInputException invalid) {
            return invalid.problems();
        }
    }

    private static DimensionWeights weights(String economic, String social, String strategic, String environmental) {
        return new DimensionWeights(new BigDecimal(economic), new BigDecimal(social), new BigDecimal(strategic),
                new BigDecimal(environmental));
    }
}
