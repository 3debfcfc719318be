package org.tablero.assessment.standards;

/**
 * The owner's self-assessment of one standard.
 *
 * @param evidence what shows the outcome: required for {@link ComplianceOutcome#MET} and
 *     {@link ComplianceOutcome#PARTIALLY_MET}; for {@link ComplianceOutcome#NOT_APPLICABLE} the reason it does
 *     not apply (required); optional for {@link ComplianceOutcome#NOT_MET}
 */
public record SelfAssessmentInput(String standardCode, ComplianceOutcome outcome, String evidence) {}
