package org.tablero.assessment.standards;

import java.util.List;
import org.springframework.stereotype.Component;
import org.tablero.approval.EndorsementGate;
import org.tablero.approval.ReviewAspect;
import org.tablero.project.Project;

/** The digital authority cannot endorse while a mandatory standard is not met without a waiver. */
@Component
class StandardsEndorsementGate implements EndorsementGate {

    static final String MANDATORY_NOT_MET = "standards.blocked.mandatory-not-met";

    private final ComplianceRepository compliance;

    StandardsEndorsementGate(ComplianceRepository compliance) {
        this.compliance = compliance;
    }

    @Override
    public List<String> blockersForEndorsement(Project project, ReviewAspect aspect) {
        if (aspect != ReviewAspect.STANDARDS_AND_RISK
                || compliance.load(project.id()).blockingEndorsement().isEmpty()) {
            return List.of();
        }
        return List.of(MANDATORY_NOT_MET);
    }
}
