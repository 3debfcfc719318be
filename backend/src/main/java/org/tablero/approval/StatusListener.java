package org.tablero.approval;

import java.time.Instant;
import org.tablero.project.Project;
import org.tablero.project.ProjectStatus;

/**
 * Told of every move of a project's status, inside the transaction that moves it, e.g. so that monitoring fixes
 * the baseline when a project is approved. A listener that throws undoes the move.
 */
public interface StatusListener {

    /** @param project the project as it was before the move */
    void statusChanged(Project project, ProjectStatus to, Instant at);
}
