package org.tablero.assessment.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.tablero.assessment.standards.ComplianceOutcome.MET;
import static org.tablero.assessment.standards.ComplianceOutcome.NOT_APPLICABLE;
import static org.tablero.assessment.standards.ComplianceOutcome.NOT_MET;
import static org.tablero.assessment.standards.ComplianceOutcome.PARTIALLY_MET;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tablero.common.FieldProblem;
import org.tablero.common.InvalidInputException;
import org.tablero.common.Validation;

class ComplianceRulesTest {

    static final Translated NAME = new Translated("Security by design", "Seguridad desde el diseño",
            "Segurança desde a concepção");
    static final Catalogue CATALOGUE = new Catalogue(new CatalogueVersion(1, 1, Instant.EPOCH, null, "v1"), List.of(
            new Standard(11, "SECURITY", 1, true, NAME, NAME),
            new Standard(12, "OPEN-SOURCE", 2, false, NAME, NAME)));

    // --- self-assessment

    @Test
    void met_and_partially_met_need_evidence_and_not_applicable_a_reason_while_not_met_may_stand_alone() {
        List<FieldProblem> problems = problems(ComplianceRules.validateSelfAssessment(List.of(
                new SelfAssessmentInput("SECURITY", MET, " "),
                new SelfAssessmentInput("OPEN-SOURCE", NOT_APPLICABLE, null)), CATALOGUE));

        assertThat(problems).extracting(FieldProblem::field, FieldProblem::messageKey).containsExactly(
                tuple("standards.SECURITY.evidence", "standards.evidence-required"),
                tuple("standards.OPEN-SOURCE.evidence", "standards.reason-required"));
        assertThat(problems(ComplianceRules.validateSelfAssessment(List.of(
                new SelfAssessmentInput("SECURITY", PARTIALLY_MET, null)), CATALOGUE)))
                .extracting(FieldProblem::messageKey).containsExactly("standards.evidence-required");
        assertThat(problems(ComplianceRules.validateSelfAssessment(List.of(
                new SelfAssessmentInput("SECURITY", NOT_MET, null),
                new SelfAssessmentInput("OPEN-SOURCE", NOT_APPLICABLE, "No code is written: a licence.")),
                CATALOGUE))).isEmpty();
    }

    @Test
    void an_unknown_standard_a_standard_given_twice_a_missing_outcome_and_too_long_evidence_are_refused() {
        List<FieldProblem> problems = problems(ComplianceRules.validateSelfAssessment(List.of(
                new SelfAssessmentInput("NOT-IN-THIS-VERSION", MET, "x"),
                new SelfAssessmentInput("SECURITY", MET, "x".repeat(ComplianceRules.MAX_EVIDENCE + 1)),
                new SelfAssessmentInput("SECURITY", MET, "again"),
                new SelfAssessmentInput("OPEN-SOURCE", null, "x")), CATALOGUE));

        assertThat(problems).extracting(FieldProblem::field, FieldProblem::messageKey).containsExactly(
                tuple("standards.NOT-IN-THIS-VERSION", "standards.unknown-standard"),
                tuple("standards.SECURITY.evidence", "validation.too-long"),
                tuple("standards.SECURITY", "standards.assessed-twice"),
                tuple("standards.OPEN-SOURCE.outcome", "validation.required"));
        assertThat(problems(ComplianceRules.validateSelfAssessment(List.of(), CATALOGUE)))
                .extracting(FieldProblem::field).containsExactly("standards");
    }

    // --- reviewer

    @Test
    void a_confirmation_needs_no_note_but_an_override_does() {
        ComplianceAssessment assessment = assessment(compliance("SECURITY", true, MET, null, false));

        assertThat(problems(ComplianceRules.validateReview(assessment, "SECURITY", MET, null))).isEmpty();
        assertThat(problems(ComplianceRules.validateReview(assessment, "SECURITY", NOT_MET, " ")))
                .extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(tuple("note", "standards.override-needs-note"));
        assertThat(problems(ComplianceRules.validateReview(assessment, "SECURITY", NOT_MET, "No threat model.")))
                .isEmpty();
        assertThat(problems(ComplianceRules.validateReview(assessment, "SECURITY", null, null)))
                .extracting(FieldProblem::field).containsExactly("outcome");
    }

    @Test
    void the_reviewer_acts_only_on_a_standard_of_the_version_that_the_owner_has_self_assessed() {
        ComplianceAssessment assessment = assessment(compliance("SECURITY", true, MET, null, false),
                compliance("OPEN-SOURCE", false, null, null, false));

        assertThat(problems(ComplianceRules.validateReview(assessment, "UNKNOWN", MET, null)))
                .extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(tuple("standardCode", "standards.unknown-standard"));
        assertThat(problems(ComplianceRules.validateReview(assessment, "OPEN-SOURCE", MET, null)))
                .extracting(FieldProblem::messageKey).containsExactly("standards.not-self-assessed");
        assertThat(problems(ComplianceRules.validateWaiver(assessment, "UNKNOWN", "Because.")))
                .extracting(FieldProblem::messageKey).containsExactly("standards.unknown-standard");
    }

    @Test
    void a_waiver_needs_a_justification_and_a_standard_that_is_not_fully_met() {
        ComplianceAssessment assessment = assessment(compliance("SECURITY", true, NOT_MET, null, false),
                compliance("OPEN-SOURCE", false, MET, null, false));

        assertThat(problems(ComplianceRules.validateWaiver(assessment, "SECURITY", "  ")))
                .extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(tuple("justification", "validation.required"));
        assertThat(problems(ComplianceRules.validateWaiver(assessment, "SECURITY", "Pilot of six weeks.")))
                .isEmpty();
        assertThat(problems(ComplianceRules.validateWaiver(assessment, "OPEN-SOURCE", "Pilot of six weeks.")))
                .extracting(FieldProblem::messageKey).containsExactly("standards.waiver-not-needed");
        assertThat(problems(ComplianceRules.validateWaiverRevocation(assessment, "SECURITY")))
                .extracting(FieldProblem::messageKey).containsExactly("standards.not-waived");
    }

    // --- outcomes

    @Test
    void the_reviewers_outcome_counts_over_the_owners() {
        assertThat(compliance("SECURITY", true, MET, null, false).effectiveOutcome()).isEqualTo(MET);
        assertThat(compliance("SECURITY", true, MET, NOT_MET, false).effectiveOutcome()).isEqualTo(NOT_MET);
        assertThat(compliance("SECURITY", true, MET, NOT_MET, false).overridden()).isTrue();
        assertThat(compliance("SECURITY", true, MET, MET, false).overridden()).isFalse();
        assertThat(compliance("SECURITY", true, null, null, false).effectiveOutcome()).isNull();
    }

    @Test
    void only_a_mandatory_standard_not_met_in_effect_and_not_waived_blocks_the_endorsement() {
        assertThat(compliance("SECURITY", true, NOT_MET, null, false).blocksEndorsement()).isTrue();
        assertThat(compliance("SECURITY", true, MET, NOT_MET, false).blocksEndorsement()).isTrue();
        assertThat(compliance("SECURITY", true, NOT_MET, null, true).blocksEndorsement()).isFalse();
        assertThat(compliance("SECURITY", true, NOT_MET, PARTIALLY_MET, false).blocksEndorsement()).isFalse();
        assertThat(compliance("SECURITY", true, PARTIALLY_MET, null, false).blocksEndorsement()).isFalse();
        assertThat(compliance("OPEN-SOURCE", false, NOT_MET, null, false).blocksEndorsement()).isFalse();
        assertThat(compliance("SECURITY", true, null, null, false).blocksEndorsement()).isFalse();

        ComplianceAssessment assessment = assessment(compliance("SECURITY", true, NOT_MET, null, false),
                compliance("OPEN-SOURCE", false, NOT_MET, null, false));
        assertThat(assessment.blockingEndorsement()).extracting(StandardCompliance::code)
                .containsExactly("SECURITY");
    }

    @Test
    void a_standard_is_self_assessed_only_with_an_outcome_and_the_text_it_needs() {
        ComplianceAssessment assessment = assessment(
                compliance("A", true, NOT_MET, null, false),
                withEvidence(compliance("B", true, MET, null, false), " "),
                compliance("C", true, null, null, false),
                withEvidence(compliance("D", true, NOT_APPLICABLE, null, false), "No AI is used."));

        assertThat(assessment.notSelfAssessed()).containsExactly("B", "C");
    }

    // --- catalogue

    @Test
    void a_catalogue_version_needs_a_note_a_standard_unique_codes_and_names_in_every_language() {
        Translated noPortuguese = new Translated("Accessibility", "Accesibilidad", " ");
        List<FieldProblem> problems = problems(ComplianceRules.validateCatalogue(" ", List.of(
                new StandardInput("ACCESSIBILITY", true, NAME, null),
                new StandardInput("ACCESSIBILITY", false, noPortuguese, null),
                new StandardInput("bad code", false, null,
                        new Translated("x".repeat(ComplianceRules.MAX_DESCRIPTION + 1), null, null)))));

        assertThat(problems).extracting(FieldProblem::field, FieldProblem::messageKey).containsExactly(
                tuple("note", "validation.required"),
                tuple("standards[1].code", "standards.code-twice"),
                tuple("standards[1].name.pt", "validation.required"),
                tuple("standards[2].code", "validation.code-format"),
                tuple("standards[2].name.en", "validation.required"),
                tuple("standards[2].name.es", "validation.required"),
                tuple("standards[2].name.pt", "validation.required"),
                tuple("standards[2].description.en", "validation.too-long"));
        assertThat(problems(ComplianceRules.validateCatalogue("Empty", List.of())))
                .extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(tuple("standards", "standards.catalogue-empty"));
        assertThat(problems(ComplianceRules.validateCatalogue("Adds accessibility", List.of(
                new StandardInput("ACCESSIBILITY", true, NAME, null))))).isEmpty();
    }

    @Test
    void a_text_falls_back_to_english_where_a_language_has_none() {
        Translated text = new Translated("Open source", "Código abierto", "");
        assertThat(text.in(Locale.forLanguageTag("es-CL"))).isEqualTo("Código abierto");
        assertThat(text.in(Locale.forLanguageTag("pt-BR"))).isEqualTo("Open source");
        assertThat(text.in(Locale.FRENCH)).isEqualTo("Open source");
    }

    static StandardCompliance compliance(String code, boolean mandatory, ComplianceOutcome self,
            ComplianceOutcome reviewer, boolean waived) {
        return new StandardCompliance(code, 1, mandatory, NAME, NAME, self, self == null ? null : "Evidence",
                self == null ? null : Instant.EPOCH, reviewer, reviewer == null ? null : "Note",
                reviewer == null ? null : Instant.EPOCH, waived, waived ? "Justified" : null,
                waived ? Instant.EPOCH : null);
    }

    static StandardCompliance withEvidence(StandardCompliance c, String evidence) {
        return new StandardCompliance(c.code(), c.position(), c.mandatory(), c.name(), c.description(),
                c.selfOutcome(), evidence, c.selfAssessedAt(), c.reviewerOutcome(), c.reviewerNote(),
                c.reviewedAt(), c.waived(), c.waiverJustification(), c.waivedAt());
    }

    static ComplianceAssessment assessment(StandardCompliance... standards) {
        return new ComplianceAssessment(1, CATALOGUE.version(), true, 1, List.of(standards));
    }

    static List<FieldProblem> problems(Validation validation) {
        try {
            validation.throwIfInvalid();
            return new ArrayList<>();
        } catch (InvalidInputException invalid) {
            return invalid.problems();
        }
    }
}
