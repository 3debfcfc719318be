package org.tablero.assessment.standards;

import java.time.Instant;

/**
 * One standard of a project's assessment as the project page shows it, and as it is published: the standard,
 * the owner's self-assessment, the reviewer's judgement and any waiver. The fields of a part not done yet are
 * null ({@code waived} is false).
 *
 * @param evidence the owner's evidence, or for {@link ComplianceOutcome#NOT_APPLICABLE} the reason
 * @param reviewerOutcome the digital authority's outcome: the owner's confirmed, or an override
 * @param reviewerNote why the reviewer confirmed or overrode (always given for an override)
 */
public record StandardCompliance(
        String code,
        int position,
        boolean mandatory,
        Translated name,
        Translated description,
        ComplianceOutcome selfOutcome,
        String evidence,
        Instant selfAssessedAt,
        ComplianceOutcome reviewerOutcome,
        String reviewerNote,
        Instant reviewedAt,
        boolean waived,
        String waiverJustification,
        Instant waivedAt) {

    /** The outcome that counts: the reviewer's when given, else the owner's; null when neither is. */
    public ComplianceOutcome effectiveOutcome() {
        return reviewerOutcome != null ? reviewerOutcome : selfOutcome;
    }

    /** Whether the owner has self-assessed this standard with everything the outcome needs. */
    public boolean selfAssessed() {
        return selfOutcome != null && (!selfOutcome.needsText() || (evidence != null && !evidence.isBlank()));
    }

    /** Whether the reviewer's outcome differs from the owner's. */
    public boolean overridden() {
        return reviewerOutcome != null && reviewerOutcome != selfOutcome;
    }

    /** A mandatory standard not met without a waiver: the digital authority may not endorse. */
    public boolean blocksEndorsement() {
        return mandatory && effectiveOutcome() == ComplianceOutcome.NOT_MET && !waived;
    }
}
