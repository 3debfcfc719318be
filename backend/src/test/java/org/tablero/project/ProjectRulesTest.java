package org.tablero.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tablero.common.FieldProblem;
import org.tablero.common.InvalidInputException;

class ProjectRulesTest {

    private final ProjectRules rules = new ProjectRules(new BigDecimal("5000000"));

    @Test
    void a_complete_project_has_no_problems() {
        rules.validate(valid()).throwIfInvalid();
    }

    @Test
    void an_end_before_the_start_is_refused_at_the_end_date() {
        ProjectInput input = with(valid(), LocalDate.of(2027, 1, 1), LocalDate.of(2026, 6, 30), valid().costs());
        assertThat(problems(input)).extracting(FieldProblem::field, FieldProblem::messageKey)
                .contains(tuple("plannedEnd", "validation.end-before-start"));
    }

    @Test
    void a_negative_cost_is_refused() {
        List<YearlyCost> costs = List.of(new YearlyCost(2026, new BigDecimal("-1.00"), BigDecimal.ZERO));
        assertThat(keysOf(with(valid(), valid().plannedStart(), valid().plannedEnd(), costs)))
                .containsExactly("validation.cost-amount");
    }

    @Test
    void an_amount_with_more_than_two_decimals_is_refused_rather_than_rounded() {
        List<YearlyCost> costs = List.of(new YearlyCost(2026, new BigDecimal("10.005"), BigDecimal.ZERO));
        assertThat(keysOf(with(valid(), valid().plannedStart(), valid().plannedEnd(), costs)))
                .containsExactly("validation.cost-amount");
    }

    @Test
    void a_cost_year_outside_the_planned_period_is_refused() {
        List<YearlyCost> costs = List.of(new YearlyCost(2031, BigDecimal.ONE, BigDecimal.ONE));
        assertThat(problems(with(valid(), valid().plannedStart(), valid().plannedEnd(), costs)))
                .singleElement().satisfies(problem -> {
                    assertThat(problem.messageKey()).isEqualTo("validation.cost-year-outside");
                    assertThat(problem.arguments()).containsExactly(2031, 2026, 2027);
                });
    }

    @Test
    void the_same_year_twice_is_refused() {
        List<YearlyCost> costs = List.of(new YearlyCost(2026, BigDecimal.ONE, BigDecimal.ONE),
                new YearlyCost(2026, BigDecimal.TEN, BigDecimal.ONE));
        assertThat(keysOf(with(valid(), valid().plannedStart(), valid().plannedEnd(), costs)))
                .containsExactly("validation.cost-year-twice");
    }

    @Test
    void a_project_without_costs_is_refused() {
        assertThat(keysOf(with(valid(), valid().plannedStart(), valid().plannedEnd(), List.of())))
                .containsExactly("validation.costs-required");
    }

    @Test
    void a_title_of_ten_thousand_characters_is_refused() {
        ProjectInput valid = valid();
        ProjectInput input = new ProjectInput(valid.code(), "x".repeat(10_000), valid.summary(), valid.organisationId(),
                valid.category(), valid.policyArea(), valid.deliveryApproach(), valid.iterationWeeks(), false, false,
                valid.fundingSource(), valid.plannedStart(), valid.plannedEnd(), valid.infrastructure(), valid.costs());
        assertThat(problems(input)).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("title");
            assertThat(problem.arguments()).containsExactly(ProjectRules.MAX_TITLE);
        });
    }

    @Test
    void a_code_in_lower_case_or_with_spaces_is_refused() {
        ProjectInput valid = valid();
        ProjectInput input = new ProjectInput("min salud 1", valid.title(), valid.summary(), valid.organisationId(),
                valid.category(), valid.policyArea(), valid.deliveryApproach(), valid.iterationWeeks(), false, false,
                valid.fundingSource(), valid.plannedStart(), valid.plannedEnd(), valid.infrastructure(), valid.costs());
        assertThat(keysOf(input)).containsExactly("validation.code-format");
    }

    @Test
    void every_missing_field_is_reported_at_once() {
        ProjectInput empty = new ProjectInput(null, null, null, null, null, null, null, null, false, false, null, null,
                null, null, null);
        assertThat(problems(empty)).extracting(FieldProblem::field).contains("code", "title", "summary",
                "organisationId", "category", "policyArea", "deliveryApproach", "fundingSource", "plannedStart",
                "plannedEnd", "costs");
    }

    @Test
    void agile_delivery_needs_an_iteration_length_and_waterfall_does_not() {
        ProjectInput valid = valid();
        ProjectInput agileWithout = new ProjectInput(valid.code(), valid.title(), valid.summary(),
                valid.organisationId(), valid.category(), valid.policyArea(), DeliveryApproach.AGILE, null, false, false,
                valid.fundingSource(), valid.plannedStart(), valid.plannedEnd(), valid.infrastructure(), valid.costs());
        ProjectInput waterfallWithout = new ProjectInput(valid.code(), valid.title(), valid.summary(),
                valid.organisationId(), valid.category(), valid.policyArea(), DeliveryApproach.WATERFALL, null, false,
                false, valid.fundingSource(), valid.plannedStart(), valid.plannedEnd(), valid.infrastructure(),
                valid.costs());
        assertThat(keysOf(agileWithout)).containsExactly("validation.iteration-weeks");
        assertThat(keysOf(waterfallWithout)).isEmpty();
    }

    @Test
    void lifecycle_cost_is_the_exact_sum_of_capital_and_operating_cost() {
        assertThat(ProjectRules.lifecycleCost(valid().costs())).isEqualByComparingTo("200000.50");
    }

    @Test
    void the_tier_is_strategic_from_the_threshold_on() {
        List<YearlyCost> justBelow = List.of(new YearlyCost(2026, new BigDecimal("4999999.99"), BigDecimal.ZERO));
        List<YearlyCost> atThreshold = List.of(new YearlyCost(2026, new BigDecimal("4000000.00"),
                new BigDecimal("1000000.00")));
        assertThat(rules.tierOf(with(valid(), valid().plannedStart(), valid().plannedEnd(), justBelow)))
                .isEqualTo(Tier.OPERATIONAL);
        assertThat(rules.tierOf(with(valid(), valid().plannedStart(), valid().plannedEnd(), atThreshold)))
                .isEqualTo(Tier.STRATEGIC);
    }

    @Test
    void ai_deciding_about_people_makes_a_small_project_strategic() {
        ProjectInput valid = valid();
        ProjectInput ai = new ProjectInput(valid.code(), valid.title(), valid.summary(), valid.organisationId(),
                valid.category(), valid.policyArea(), valid.deliveryApproach(), valid.iterationWeeks(), true, true,
                valid.fundingSource(), valid.plannedStart(), valid.plannedEnd(), valid.infrastructure(), valid.costs());
        assertThat(rules.tierOf(ai)).isEqualTo(Tier.STRATEGIC);
    }

    @Test
    void ai_decisions_about_people_without_using_ai_is_contradictory() {
        ProjectInput valid = valid();
        ProjectInput contradictory = new ProjectInput(valid.code(), valid.title(), valid.summary(),
                valid.organisationId(), valid.category(), valid.policyArea(), valid.deliveryApproach(),
                valid.iterationWeeks(), false, true, valid.fundingSource(), valid.plannedStart(), valid.plannedEnd(),
                valid.infrastructure(), valid.costs());
        assertThat(keysOf(contradictory)).containsExactly("validation.ai-decisions-need-ai");
    }

    @Test
    void a_refusal_without_problems_cannot_be_built() {
        assertThatThrownBy(() -> new InvalidInputException(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    private List<FieldProblem> problems(ProjectInput input) {
        try {
            rules.validate(input).throwIfInvalid();
            return List.of();
        } catch (InvalidInputException refused) {
            return refused.problems();
        }
    }

    private List<String> keysOf(ProjectInput input) {
        return problems(input).stream().map(FieldProblem::messageKey).toList();
    }

    private static ProjectInput with(ProjectInput base, LocalDate start, LocalDate end, List<YearlyCost> costs) {
        return new ProjectInput(base.code(), base.title(), base.summary(), base.organisationId(), base.category(),
                base.policyArea(), base.deliveryApproach(), base.iterationWeeks(), base.usesAi(),
                base.aiDecidesAboutPeople(), base.fundingSource(), start, end, base.infrastructure(), costs);
    }

    static ProjectInput valid() {
        return new ProjectInput("MIN-SALUD-2026-014", "Receta electrónica", "Recetas médicas en línea.", 7L,
                Category.NEW_DEVELOPMENT, PolicyArea.HEALTH, DeliveryApproach.AGILE, 2, false, false,
                FundingSource.NATIONAL_BUDGET, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31),
                Set.of(Infrastructure.PAYMENTS), List.of(
                        new YearlyCost(2026, new BigDecimal("100000.00"), new BigDecimal("20000.00")),
                        new YearlyCost(2027, new BigDecimal("50000.00"), new BigDecimal("30000.50"))));
    }
}
