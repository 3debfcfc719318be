package org.tablero.approval;

import java.util.List;
import org.tablero.project.Project;

/**
 * A gate that keeps an authority from endorsing while a rule of the assessments is broken, e.g. a mandatory
 * standard not met without a waiver. Request-changes and objection verdicts are never gated.
 */
public interface EndorsementGate {

    /** Message keys of what blocks an endorsement of this aspect now; empty if nothing does. */
    List<String> blockersForEndorsement(Project project, ReviewAspect aspect);
}
