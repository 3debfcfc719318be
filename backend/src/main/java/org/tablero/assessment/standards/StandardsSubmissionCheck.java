package org.tablero.assessment.standards;

import java.util.List;
import org.springframework.stereotype.Component;
import org.tablero.approval.SubmissionCheck;
import org.tablero.common.FieldProblem;
import org.tablero.project.Project;

/** A project is submitted only when its owner has self-assessed every standard of its catalogue version. */
@Component
class StandardsSubmissionCheck implements SubmissionCheck {

    static final String INCOMPLETE = "standards.incomplete";

    private final ComplianceRepository compliance;

    StandardsSubmissionCheck(ComplianceRepository compliance) {
        this.compliance = compliance;
    }

    /** One problem on field {@code standards}: how many standards are missing, and their codes. */
    @Override
    public List<FieldProblem> missingForSubmission(Project project) {
        List<String> missing = compliance.load(project.id()).notSelfAssessed();
        return missing.isEmpty() ? List.of()
                : List.of(FieldProblem.of("standards", INCOMPLETE, missing.size(), String.join(", ", missing)));
    }
}
