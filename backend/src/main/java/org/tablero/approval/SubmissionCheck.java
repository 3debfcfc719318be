package org.tablero.approval;

import java.util.List;
import org.tablero.common.FieldProblem;
import org.tablero.project.Project;

/**
 * One assessment's say on whether a project may be submitted: what is still missing. Each assessment
 * (standards, value proposition, risks, procurement) provides one as a Spring bean.
 */
public interface SubmissionCheck {

    /** What is missing, as problems whose field names the assessment part (e.g. {@code risks}); empty if none. */
    List<FieldProblem> missingForSubmission(Project project);
}
