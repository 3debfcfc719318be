package org.tablero.assessment.standards;

/** How far a project meets one standard, in the owner's self-assessment or in the reviewer's judgement. */
public enum ComplianceOutcome {
    MET,
    PARTIALLY_MET,
    NOT_MET,
    NOT_APPLICABLE;

    /**
     * Whether the owner must write something with this outcome: the evidence for {@link #MET} and
     * {@link #PARTIALLY_MET}, the reason for {@link #NOT_APPLICABLE}. Only {@link #NOT_MET} may stand alone.
     */
    public boolean needsText() {
        return this != NOT_MET;
    }

    /** The message key of the problem when the text {@link #needsText() needed} is missing. */
    String missingTextKey() {
        return this == NOT_APPLICABLE ? "standards.reason-required" : "standards.evidence-required";
    }
}
