package org.tablero.publication;

import org.jspecify.annotations.Nullable;
import org.tablero.assessment.standards.ComplianceOutcome;

/**
 * The outcome of one standard for a project: the owner's self-assessment, the digital authority's judgement,
 * the outcome that counts (the reviewer's when given) and any waiver.
 */
public record PublicStandardOutcome(
        String projectCode,
        String standardCode,
        int catalogueNumber,
        int position,
        boolean mandatory,
        String nameEn,
        String nameEs,
        String namePt,
        ComplianceOutcome selfOutcome,
        @Nullable String evidence,
        @Nullable ComplianceOutcome reviewerOutcome,
        @Nullable String reviewerNote,
        ComplianceOutcome outcome,
        boolean waived,
        @Nullable String waiverJustification) {}
