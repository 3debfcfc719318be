package org.tablero.assessment.standards;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.tablero.common.Validation;

/**
 * The rules of standards compliance that need no database: what a self-assessment, a reviewer's outcome, a
 * waiver and a catalogue version must contain. Field names of the problems: {@code standards.<CODE>.outcome}
 * and {@code standards.<CODE>.evidence} for a self-assessment; {@code standardCode}, {@code outcome},
 * {@code note} and {@code justification} for the reviewer; {@code note}, {@code standards} and
 * {@code standards[<index>].code}, {@code .name.en}, {@code .description.pt}... for a catalogue version.
 */
public final class ComplianceRules {

    public static final int MAX_EVIDENCE = 4000;
    public static final int MAX_NOTE = 4000;
    public static final int MAX_JUSTIFICATION = 4000;
    public static final int MAX_CODE = 40;
    public static final int MAX_NAME = 200;
    public static final int MAX_DESCRIPTION = 1000;
    public static final int MAX_CATALOGUE_NOTE = 2000;
    private static final Pattern CODE = Pattern.compile("[A-Z0-9]+(-[A-Z0-9]+)*");

    private ComplianceRules() {}

    /** The owner's self-assessment of some standards of the catalogue version the project is assessed on. */
    public static Validation validateSelfAssessment(List<SelfAssessmentInput> entries, Catalogue catalogue) {
        Validation validation = new Validation();
        if (entries == null || entries.isEmpty()) {
            return validation.add("standards", "validation.required");
        }
        Set<String> seen = new HashSet<>();
        for (SelfAssessmentInput entry : entries) {
            String code = entry == null ? null : entry.standardCode();
            if (code == null || code.isBlank()) {
                validation.add("standards", "validation.required");
                continue;
            }
            String field = "standards." + code;
            if (catalogue.standard(code).isEmpty()) {
                validation.add(field, "standards.unknown-standard", code);
            } else if (!seen.add(code)) {
                validation.add(field, "standards.assessed-twice", code);
            } else if (entry.outcome() == null) {
                validation.add(field + ".outcome", "validation.required");
            } else if (entry.outcome().needsText() && isBlank(entry.evidence())) {
                validation.add(field + ".evidence", entry.outcome().missingTextKey());
            } else {
                validation.optionalText(field + ".evidence", entry.evidence(), MAX_EVIDENCE);
            }
        }
        return validation;
    }

    /**
     * The reviewer's outcome for one standard: a confirmation (the owner's outcome) may come with a note, an
     * override (another outcome) must.
     */
    public static Validation validateReview(ComplianceAssessment assessment, String code, ComplianceOutcome outcome,
            String note) {
        Validation validation = new Validation().requirePresent("outcome", outcome);
        Optional<StandardCompliance> standard = selfAssessed(assessment, code, validation);
        if (standard.isPresent() && outcome != null && outcome != standard.get().selfOutcome()) {
            validation.check(!isBlank(note), "note", "standards.override-needs-note");
        }
        return validation.optionalText("note", note, MAX_NOTE);
    }

    /** A waiver, with its justification, for a standard that is not (fully) met. */
    public static Validation validateWaiver(ComplianceAssessment assessment, String code, String justification) {
        Validation validation = new Validation().requireText("justification", justification, MAX_JUSTIFICATION);
        selfAssessed(assessment, code, validation).ifPresent(standard -> {
            ComplianceOutcome outcome = standard.effectiveOutcome();
            validation.check(outcome == ComplianceOutcome.NOT_MET || outcome == ComplianceOutcome.PARTIALLY_MET,
                    "standardCode", "standards.waiver-not-needed");
        });
        return validation;
    }

    public static Validation validateWaiverRevocation(ComplianceAssessment assessment, String code) {
        Validation validation = new Validation();
        selfAssessed(assessment, code, validation).ifPresent(standard -> validation.check(standard.waived(),
                "standardCode", "standards.not-waived"));
        return validation;
    }

    /** A new catalogue version: a note, at least one standard, unique codes, names in every language. */
    public static Validation validateCatalogue(String note, List<StandardInput> standards) {
        Validation validation = new Validation().requireText("note", note, MAX_CATALOGUE_NOTE);
        if (standards == null || standards.isEmpty()) {
            return validation.add("standards", "standards.catalogue-empty");
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < standards.size(); i++) {
            String prefix = "standards[" + i + "]";
            StandardInput standard = standards.get(i);
            if (standard == null) {
                validation.add(prefix, "validation.required");
                continue;
            }
            validation.requireText(prefix + ".code", standard.code(), MAX_CODE)
                    .requirePattern(prefix + ".code", standard.code(), CODE, "validation.code-format");
            if (standard.code() != null && !standard.code().isBlank() && !codes.add(standard.code().strip())) {
                validation.add(prefix + ".code", "standards.code-twice", standard.code().strip());
            }
            Translated name = standard.name() == null ? new Translated(null, null, null) : standard.name();
            validation.requireText(prefix + ".name.en", name.en(), MAX_NAME)
                    .requireText(prefix + ".name.es", name.es(), MAX_NAME)
                    .requireText(prefix + ".name.pt", name.pt(), MAX_NAME);
            if (standard.description() != null) {
                validation.optionalText(prefix + ".description.en", standard.description().en(), MAX_DESCRIPTION)
                        .optionalText(prefix + ".description.es", standard.description().es(), MAX_DESCRIPTION)
                        .optionalText(prefix + ".description.pt", standard.description().pt(), MAX_DESCRIPTION);
            }
        }
        return validation;
    }

    /** The standard the reviewer acts on, if it exists and the owner has self-assessed it; else a problem. */
    private static Optional<StandardCompliance> selfAssessed(ComplianceAssessment assessment, String code,
            Validation validation) {
        if (isBlank(code)) {
            validation.add("standardCode", "validation.required");
            return Optional.empty();
        }
        Optional<StandardCompliance> standard = assessment.standard(code);
        if (standard.isEmpty()) {
            validation.add("standardCode", "standards.unknown-standard", code);
        } else if (standard.get().selfOutcome() == null) {
            validation.add("standardCode", "standards.not-self-assessed", code);
            return Optional.empty();
        }
        return standard;
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** Stored form of an optional text: stripped, null when blank. */
    static String clean(String text) {
        return isBlank(text) ? null : text.strip();
    }
}
