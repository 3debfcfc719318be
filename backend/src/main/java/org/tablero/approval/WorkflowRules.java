package org.tablero.approval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tablero.identity.Role;
import org.tablero.project.ProjectStatus;

/**
 * Who may take which step of the lifecycle, and why not. Returns every reason that blocks a step as a
 * message key, so that the UI can list them next to the action and the service can refuse with them.
 */
public final class WorkflowRules {

    private WorkflowRules() {}

    /**
     * @param aspect the aspect reviewed, for {@link Action#REVIEW} (null: none the actor could review);
     *     ignored otherwise
     * @param reviewersOfRound who gave each verdict of the open round so far (user ids)
     */
    public static List<String> blockers(Action action, ReviewAspect aspect, ProjectStatus status, Actor actor,
            Map<ReviewAspect, Long> reviewersOfRound) {
        List<String> blockers = new ArrayList<>();
        if (!action.allowedFrom(status)) {
            blockers.add("workflow.blocked.status");
        }
        Role needed = action != Action.REVIEW ? action.role() : aspect == null ? null : aspect.reviewer();
        if (needed == null || !actor.roles().contains(needed)) {
            blockers.add("workflow.blocked.role");
        }
        if (!action.isOwners() && actor.ownsProject()) {
            blockers.add("workflow.blocked.own-project");
        }
        if (action == Action.REVIEW) {
            if (aspect != null && reviewersOfRound.containsKey(aspect)) {
                blockers.add("workflow.blocked.already-reviewed");
            }
            if (reviewersOfRound.containsValue(actor.userId())) {
                blockers.add("workflow.blocked.second-verdict");
            }
        }
        return blockers;
    }
}
