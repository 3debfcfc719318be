package org.tablero.assessment.risk;

import java.util.List;
import org.springframework.stereotype.Component;
import org.tablero.approval.SubmissionCheck;
import org.tablero.common.FieldProblem;
import org.tablero.project.Project;

/**
 * Submission needs at least one active risk and, for a project that uses AI, an active ethics/AI risk and a
 * complete transparency record (fields {@code risks} and {@code transparency}).
 */
@Component
class RiskSubmissionCheck implements SubmissionCheck {

    private final RiskRepository risks;

    RiskSubmissionCheck(RiskRepository risks) {
        this.risks = risks;
    }

    @Override
    public List<FieldProblem> missingForSubmission(Project project) {
        return RiskRules.missingForSubmission(project.usesAi(), risks.risksOf(project.id()),
                risks.transparencyOf(project.id()));
    }
}
