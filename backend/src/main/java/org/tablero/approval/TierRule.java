package org.tablero.approval;

import org.tablero.project.Project;

/**
 * An assessment's reason to make a project strategic whatever its cost, e.g. a residual critical risk.
 * The tier of a round is fixed when it opens.
 */
public interface TierRule {

    boolean requiresStrategicTier(Project project);
}
