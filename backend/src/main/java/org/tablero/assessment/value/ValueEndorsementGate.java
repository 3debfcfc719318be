package org.tablero.assessment.value;

import java.util.List;
import org.springframework.stereotype.Component;
import org.tablero.approval.EndorsementGate;
import org.tablero.approval.ReviewAspect;
import org.tablero.project.Project;

/** The budget office cannot endorse the value and cost of a project whose value proposition is incomplete. */
@Component
class ValueEndorsementGate implements EndorsementGate {

    private final ValuePropositionService values;

    ValueEndorsementGate(ValuePropositionService values) {
        this.values = values;
    }

    @Override
    public List<String> blockersForEndorsement(Project project, ReviewAspect aspect) {
        if (aspect != ReviewAspect.VALUE_AND_COST || values.missingForSubmission(project.id()).isEmpty()) {
            return List.of();
        }
        return List.of(ValueRules.INCOMPLETE);
    }
}
