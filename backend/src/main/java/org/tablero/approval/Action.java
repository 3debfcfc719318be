package org.tablero.approval;

import java.util.Set;
import org.tablero.identity.Role;
import org.tablero.project.ProjectStatus;

/**
 * What a user can do to a project in the lifecycle, from which statuses, and with which role. Reviews and
 * board decisions move the status through {@link RoundOutcome}; the owner's actions move it directly.
 */
public enum Action {
    SUBMIT(Role.AGENCY_OFFICER, Set.of(ProjectStatus.DRAFT, ProjectStatus.RETURNED), ProjectStatus.IN_REVIEW),
    REVIEW(null, Set.of(ProjectStatus.IN_REVIEW), null),
    BOARD_APPROVE(Role.STRATEGIC_BOARD, Set.of(ProjectStatus.BOARD_REVIEW), ProjectStatus.APPROVED),
    BOARD_REJECT(Role.STRATEGIC_BOARD, Set.of(ProjectStatus.BOARD_REVIEW), ProjectStatus.REJECTED),
    START(Role.AGENCY_OFFICER, Set.of(ProjectStatus.APPROVED), ProjectStatus.IN_EXECUTION),
    HOLD(Role.AGENCY_OFFICER, Set.of(ProjectStatus.IN_EXECUTION), ProjectStatus.ON_HOLD),
    RESUME(Role.AGENCY_OFFICER, Set.of(ProjectStatus.ON_HOLD), ProjectStatus.IN_EXECUTION),
    CLOSE(Role.AGENCY_OFFICER, Set.of(ProjectStatus.IN_EXECUTION), ProjectStatus.COMPLETED),
    CANCEL(Role.AGENCY_OFFICER, Set.of(ProjectStatus.DRAFT, ProjectStatus.IN_REVIEW, ProjectStatus.RETURNED,
            ProjectStatus.BOARD_REVIEW, ProjectStatus.APPROVED, ProjectStatus.IN_EXECUTION, ProjectStatus.ON_HOLD),
            ProjectStatus.CANCELLED);

    private final Role role;
    private final Set<ProjectStatus> from;
    private final ProjectStatus to;

    Action(Role role, Set<ProjectStatus> from, ProjectStatus to) {
        this.role = role;
        this.from = from;
        this.to = to;
    }

    /** The role the action needs; a review needs the role of its aspect. */
    public Role role() {
        return role;
    }

    public boolean allowedFrom(ProjectStatus status) {
        return from.contains(status);
    }

    /** The status the action leads to; for a review it depends on the whole round. */
    public ProjectStatus target() {
        return to;
    }

    /** Whether the owner performs it, rather than an authority judging the owner's project. */
    public boolean isOwners() {
        return role == Role.AGENCY_OFFICER;
    }
}
