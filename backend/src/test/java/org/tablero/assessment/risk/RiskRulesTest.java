package org.tablero.assessment.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tablero.common.FieldProblem;
import org.tablero.common.InvalidInputException;

class RiskRulesTest {

    @ParameterizedTest(name = "score {0} is {1}")
    @CsvSource({"1, LOW", "4, LOW", "5, MEDIUM", "9, MEDIUM", "10, HIGH", "14, HIGH", "15, CRITICAL",
            "25, CRITICAL"})
    void each_band_includes_both_of_its_boundaries(int score, RiskLevel level) {
        assertThat(RiskLevel.ofScore(score)).isEqualTo(level);
    }

    @ParameterizedTest(name = "{0} x {1} = {2}, {3}")
    @CsvSource({"1, 1, 1, LOW", "2, 2, 4, LOW", "1, 5, 5, MEDIUM", "3, 3, 9, MEDIUM", "2, 5, 10, HIGH",
            "3, 4, 12, HIGH", "5, 3, 15, CRITICAL", "4, 4, 16, CRITICAL", "5, 5, 25, CRITICAL"})
    void the_score_is_likelihood_times_impact(int likelihood, int impact, int score, RiskLevel level) {
        assertThat(RiskLevel.score(likelihood, impact)).isEqualTo(score);
        assertThat(RiskLevel.of(likelihood, impact)).isEqualTo(level);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 26, -1})
    void a_score_outside_1_to_25_has_no_level(int score) {
        assertThatThrownBy(() -> RiskLevel.ofScore(score)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_value_outside_1_to_5_has_no_score() {
        assertThatThrownBy(() -> RiskLevel.score(0, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RiskLevel.score(3, 6)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_complete_risk_has_no_problems() {
        assertThat(problems(input(4, 4, 2, 3))).isEmpty();
    }

    @Test
    void values_outside_1_to_5_are_refused_field_by_field_with_the_range() {
        assertThat(problems(input(0, 6, -1, 7)))
                .extracting(FieldProblem::field, FieldProblem::messageKey, FieldProblem::arguments)
                .containsExactly(
                        tuple("likelihood", "risk.out-of-range", List.of(1, 5)),
                        tuple("impact", "risk.out-of-range", List.of(1, 5)),
                        tuple("residualLikelihood", "risk.out-of-range", List.of(1, 5)),
                        tuple("residualImpact", "risk.out-of-range", List.of(1, 5)));
    }

    @Test
    void missing_values_are_required_rather_than_out_of_range() {
        RiskInput input = new RiskInput(null, " ", null, null, null, null, null, null, null);
        assertThat(problems(input)).extracting(FieldProblem::field, FieldProblem::messageKey).containsOnly(
                tuple("category", "validation.required"), tuple("description", "validation.required"),
                tuple("status", "validation.required"), tuple("likelihood", "validation.required"),
                tuple("impact", "validation.required"), tuple("residualLikelihood", "validation.required"),
                tuple("residualImpact", "validation.required"));
    }

    @Test
    void a_residual_value_above_the_inherent_one_is_refused() {
        assertThat(problems(input(2, 3, 3, 3))).extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(tuple("residualLikelihood", "risk.residual-above-inherent"));
        assertThat(problems(input(2, 3, 2, 4))).extracting(FieldProblem::field)
                .containsExactly("residualImpact");
    }

    @Test
    void an_owner_longer_than_200_characters_is_refused() {
        RiskInput input = new RiskInput(RiskCategory.FINANCIAL, "Overrun", 3, 3, null, 3, 3, "x".repeat(201),
                RiskStatus.OPEN);
        assertThat(problems(input)).extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(tuple("owner", "validation.too-long"));
    }

    @Test
    void a_complete_transparency_record_needs_purpose_data_and_oversight() {
        RiskRules.validate(new TransparencyInput("Triage", "Claims", "A clerk reviews")).throwIfInvalid();
        assertThatThrownBy(() -> RiskRules.validate(new TransparencyInput(" ", null, "")).throwIfInvalid())
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(FieldProblem::field).containsExactly("purpose", "dataUsed", "humanOversight"));
    }

    @Test
    void submission_needs_at_least_one_active_risk() {
        assertThat(keys(RiskRules.missingForSubmission(false, List.of(), Optional.empty())))
                .containsExactly(tuple("risks", "risk.missing-risks"));
        assertThat(keys(RiskRules.missingForSubmission(false, List.of(risk(RiskCategory.FINANCIAL, 2, 2,
                "Contingency", "CFO", RiskStatus.CLOSED)), Optional.empty())))
                .as("a closed risk does not count").containsExactly(tuple("risks", "risk.missing-risks"));
        assertThat(RiskRules.missingForSubmission(false, List.of(risk(RiskCategory.FINANCIAL, 2, 2, null, null,
                RiskStatus.OPEN)), Optional.empty())).isEmpty();
    }

    @Test
    void a_project_using_ai_needs_an_ethics_risk_and_a_complete_transparency_record() {
        List<Risk> financialOnly = List.of(risk(RiskCategory.FINANCIAL, 2, 2, null, null, RiskStatus.OPEN));
        assertThat(keys(RiskRules.missingForSubmission(true, financialOnly, Optional.empty()))).containsExactly(
                tuple("risks", "risk.missing-ai-risk"), tuple("transparency", "risk.missing-transparency"));

        List<Risk> withEthics = List.of(risk(RiskCategory.ETHICS_AND_AI, 3, 3, "Bias audit", "CDO",
                RiskStatus.OPEN));
        TransparencyRecord incomplete = new TransparencyRecord(1, "Triage", " ", "Clerk", 0, Instant.now());
        assertThat(keys(RiskRules.missingForSubmission(true, withEthics, Optional.of(incomplete))))
                .containsExactly(tuple("transparency", "risk.missing-transparency"));

        TransparencyRecord complete = new TransparencyRecord(1, "Triage", "Claims", "Clerk", 0, Instant.now());
        assertThat(RiskRules.missingForSubmission(true, withEthics, Optional.of(complete))).isEmpty();
        assertThat(RiskRules.missingForSubmission(false, financialOnly, Optional.empty()))
                .as("without AI neither is needed").isEmpty();
    }

    @Test
    void a_high_or_critical_residual_risk_blocks_endorsement_without_a_mitigation_or_an_owner() {
        assertThat(RiskRules.blocksEndorsement(risk(RiskCategory.FINANCIAL, 2, 5, null, "CFO", RiskStatus.OPEN)))
                .as("residual 10, HIGH, no mitigation").isTrue();
        assertThat(RiskRules.blocksEndorsement(risk(RiskCategory.FINANCIAL, 5, 5, "Reserve", " ", RiskStatus.OPEN)))
                .as("residual 25, CRITICAL, no owner").isTrue();
        assertThat(RiskRules.blocksEndorsement(risk(RiskCategory.FINANCIAL, 2, 5, "Reserve", "CFO",
                RiskStatus.MITIGATED))).as("both present").isFalse();
        assertThat(RiskRules.blocksEndorsement(risk(RiskCategory.FINANCIAL, 3, 3, null, null, RiskStatus.OPEN)))
                .as("residual 9, MEDIUM").isFalse();
        assertThat(RiskRules.blocksEndorsement(risk(RiskCategory.FINANCIAL, 5, 5, null, null, RiskStatus.CLOSED)))
                .as("closed").isFalse();
    }

    @Test
    void the_gate_judges_the_residual_level_not_the_inherent_one() {
        Risk highBeforeMitigation = new Risk(1, 1, RiskCategory.CYBERSECURITY, "Breach", 5, 5, null, 2, 2, null,
                RiskStatus.OPEN, 0, Instant.now(), Instant.now());
        assertThat(highBeforeMitigation.level()).isEqualTo(RiskLevel.CRITICAL);
        assertThat(RiskRules.blocksEndorsement(highBeforeMitigation)).isFalse();
        assertThat(RiskRules.requiresStrategicTier(List.of(highBeforeMitigation))).isFalse();
    }

    @Test
    void only_an_active_residual_critical_risk_makes_the_project_strategic() {
        assertThat(RiskRules.requiresStrategicTier(List.of(risk(RiskCategory.FINANCIAL, 3, 5, "x", "y",
                RiskStatus.MITIGATED)))).as("residual 15").isTrue();
        assertThat(RiskRules.requiresStrategicTier(List.of(risk(RiskCategory.FINANCIAL, 3, 4, "x", "y",
                RiskStatus.OPEN)))).as("residual 12 is only HIGH").isFalse();
        assertThat(RiskRules.requiresStrategicTier(List.of(risk(RiskCategory.FINANCIAL, 5, 5, "x", "y",
                RiskStatus.CLOSED)))).as("closed").isFalse();
    }

    @Test
    void the_heat_maps_count_active_risks_per_cell_before_and_after_mitigation() {
        Risk a = new Risk(1, 1, RiskCategory.CYBERSECURITY, "a", 5, 4, "m", 2, 4, "o", RiskStatus.OPEN, 0, null,
                null);
        Risk b = new Risk(2, 1, RiskCategory.FINANCIAL, "b", 5, 4, "m", 5, 1, "o", RiskStatus.MITIGATED, 0, null,
                null);
        Risk closed = new Risk(3, 1, RiskCategory.FINANCIAL, "c", 5, 4, "m", 5, 1, "o", RiskStatus.CLOSED, 0, null,
                null);

        RiskHeatMaps maps = RiskRules.heatMaps(List.of(a, b, closed));

        assertThat(maps.inherent().cells()).hasSize(25);
        assertThat(maps.inherent().count(5, 4)).isEqualTo(2);
        assertThat(maps.inherent().total()).isEqualTo(2);
        assertThat(maps.residual().count(2, 4)).isEqualTo(1);
        assertThat(maps.residual().count(5, 1)).isEqualTo(1);
        assertThat(maps.residual().count(5, 4)).isZero();
        assertThat(maps.inherent().cells().get(24)).satisfies(cell -> {
            assertThat(cell.likelihood()).isEqualTo(5);
            assertThat(cell.impact()).isEqualTo(5);
            assertThat(cell.level()).isEqualTo(RiskLevel.CRITICAL);
        });
    }

    @Test
    void counts_group_risks_by_category_status_and_levels_closed_ones_included() {
        Risk a = new Risk(1, 1, RiskCategory.CYBERSECURITY, "a", 5, 4, "m", 2, 4, "o", RiskStatus.OPEN, 0, null,
                null);
        Risk b = new Risk(2, 1, RiskCategory.CYBERSECURITY, "b", 4, 5, "m", 4, 2, "o", RiskStatus.OPEN, 0, null,
                null);
        Risk c = new Risk(3, 1, RiskCategory.FINANCIAL, "c", 1, 1, null, 1, 1, null, RiskStatus.CLOSED, 0, null,
                null);

        assertThat(RiskRules.counts(List.of(a, b, c))).containsExactly(
                new RiskCount(RiskCategory.CYBERSECURITY, RiskStatus.OPEN, RiskLevel.CRITICAL, RiskLevel.MEDIUM, 2),
                new RiskCount(RiskCategory.FINANCIAL, RiskStatus.CLOSED, RiskLevel.LOW, RiskLevel.LOW, 1));
        assertThat(RiskCategory.CYBERSECURITY.isWithheldFromPublic()).isTrue();
        assertThat(RiskCategory.FINANCIAL.isWithheldFromPublic()).isFalse();
    }

    private static List<FieldProblem> problems(RiskInput input) {
        try {
            RiskRules.validate(input).throwIfInvalid();
            return List.of();
        } catch (InvalidInputException e) {
            return e.problems();
        }
    }

    private static List<Tuple> keys(List<FieldProblem> problems) {
        return problems.stream().map(p -> tuple(p.field(), p.messageKey())).toList();
    }

    private static RiskInput input(int likelihood, int impact, int residualLikelihood, int residualImpact) {
        return new RiskInput(RiskCategory.DELIVERY_AND_SCHEDULE, "Late delivery", likelihood, impact,
                "Smaller releases", residualLikelihood, residualImpact, "Programme manager", RiskStatus.OPEN);
    }

    /** A risk whose inherent values equal its residual ones. */
    private static Risk risk(RiskCategory category, int residualLikelihood, int residualImpact, String mitigation,
            String owner, RiskStatus status) {
        return new Risk(1, 1, category, "A risk", residualLikelihood, residualImpact, mitigation,
                residualLikelihood, residualImpact, owner, status, 0, Instant.now(), Instant.now());
    }
}
