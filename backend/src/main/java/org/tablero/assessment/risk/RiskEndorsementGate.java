package org.tablero.assessment.risk;

import java.util.List;
import org.springframework.stereotype.Component;
import org.tablero.approval.EndorsementGate;
import org.tablero.approval.ReviewAspect;
import org.tablero.project.Project;

/**
 * No aspect may be endorsed while an active risk whose residual level is HIGH or CRITICAL lacks a mitigation
 * or an owner (domain.md, "Lifecycle and approval workflow", gates).
 */
@Component
class RiskEndorsementGate implements EndorsementGate {

    private final RiskRepository risks;

    RiskEndorsementGate(RiskRepository risks) {
        this.risks = risks;
    }

    @Override
    public List<String> blockersForEndorsement(Project project, ReviewAspect aspect) {
        return RiskRules.blockingEndorsement(risks.risksOf(project.id())).isEmpty() ? List.of()
                : List.of(RiskRules.UNMITIGATED_HIGH_RISK);
    }
}
