package org.tablero.procurement;

import java.util.List;
import org.springframework.stereotype.Component;
import org.tablero.approval.SubmissionCheck;
import org.tablero.common.FieldProblem;
import org.tablero.project.Project;

/** Submission needs a procurement strategy with its method and rationale (field {@code procurement}). */
@Component
class ProcurementSubmissionCheck implements SubmissionCheck {

    private final ProcurementRepository procurement;

    ProcurementSubmissionCheck(ProcurementRepository procurement) {
        this.procurement = procurement;
    }

    @Override
    public List<FieldProblem> missingForSubmission(Project project) {
        return ProcurementRules.missingForSubmission(procurement.strategyOf(project.id()));
    }
}
