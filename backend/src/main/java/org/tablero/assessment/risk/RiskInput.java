package org.tablero.assessment.risk;

/**
 * What an owner types to add or change a risk; validated by {@link RiskRules#validate(RiskInput)}. The numbers
 * are boxed so that a missing value is reported as missing rather than as zero.
 */
public record RiskInput(
        RiskCategory category,
        String description,
        Integer likelihood,
        Integer impact,
        String mitigation,
        Integer residualLikelihood,
        Integer residualImpact,
        String owner,
        RiskStatus status) {}
