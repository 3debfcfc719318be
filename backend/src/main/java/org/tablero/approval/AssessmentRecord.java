package org.tablero.approval;

import org.tablero.project.Project;

/**
 * One part of what reviewers judge (an assessment, the procurement strategy), recorded with each round as it
 * stood at submission.
 */
public interface AssessmentRecord {

    /** A stable name for the part, e.g. {@code standards}. */
    String part();

    /** The part as it stands now, as a value the audit JSON mapper can write. */
    Object currentState(Project project);
}
