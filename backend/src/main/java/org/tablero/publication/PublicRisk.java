package org.tablero.publication;

import org.tablero.assessment.risk.RiskCategory;
import org.tablero.assessment.risk.RiskLevel;
import org.tablero.assessment.risk.RiskStatus;

/**
 * A risk of the register. The description and mitigation of a cybersecurity risk are always withheld (its levels
 * are public); the owner is a person or a role typed freely, and is withheld as personal data.
 */
public record PublicRisk(
        long id,
        String projectCode,
        RiskCategory category,
        Disclosed<String> description,
        int likelihood,
        int impact,
        RiskLevel level,
        Disclosed<String> mitigation,
        int residualLikelihood,
        int residualImpact,
        RiskLevel residualLevel,
        Disclosed<String> owner,
        RiskStatus status) {}
