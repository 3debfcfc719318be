package org.tablero.assessment.risk;

import org.springframework.stereotype.Component;
import org.tablero.approval.TierRule;
import org.tablero.project.Project;

/** An active risk whose residual level is CRITICAL makes the project strategic (domain.md, "Investment"). */
@Component
class RiskTierRule implements TierRule {

    private final RiskRepository risks;

    RiskTierRule(RiskRepository risks) {
        this.risks = risks;
    }

    @Override
    public boolean requiresStrategicTier(Project project) {
        return RiskRules.requiresStrategicTier(risks.risksOf(project.id()));
    }
}
