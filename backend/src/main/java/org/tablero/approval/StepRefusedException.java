package org.tablero.approval;

import java.util.List;

/**
 * A lifecycle step that the project's state does not allow now (wrong status, aspect already reviewed).
 * Refusals for lack of a role or for a conflict of interest are access errors instead.
 */
public class StepRefusedException extends RuntimeException {

    private final List<String> reasons;

    public StepRefusedException(Action action, List<String> reasons) {
        super(action + " refused: " + reasons);
        this.reasons = List.copyOf(reasons);
    }

    /** Message keys, e.g. {@code workflow.blocked.status}. */
    public List<String> reasons() {
        return reasons;
    }
}
