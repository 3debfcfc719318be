package org.tablero.assessment.value;

import java.util.List;
import org.springframework.stereotype.Component;
import org.tablero.approval.SubmissionCheck;
import org.tablero.common.FieldProblem;
import org.tablero.project.Project;

/**
 * A project is submitted only with a complete value proposition: at least one year in the table (all within the
 * planned years), every dimension scored with its text, at least one strategy objective linked. The problems have
 * the field {@value ValueRules#SUBMISSION_FIELD}.
 */
@Component
class ValueSubmissionCheck implements SubmissionCheck {

    private final ValuePropositionService values;

    ValueSubmissionCheck(ValuePropositionService values) {
        this.values = values;
    }

    @Override
    public List<FieldProblem> missingForSubmission(Project project) {
        return values.missingForSubmission(project.id());
    }
}
