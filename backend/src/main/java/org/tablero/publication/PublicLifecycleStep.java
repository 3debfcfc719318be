package org.tablero.publication;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.tablero.approval.Action;
import org.tablero.identity.Role;
import org.tablero.project.ProjectStatus;

/**
 * A step of the lifecycle: a submission, a board decision (with its rationale), the start, a hold, the
 * closure… Who took it is public by role and organisation, never by name.
 */
public record PublicLifecycleStep(
        long id,
        String projectCode,
        Action action,
        ProjectStatus fromStatus,
        ProjectStatus toStatus,
        @Nullable String rationale,
        @Nullable Role actorRole,
        @Nullable String actorOrganisationCode,
        @Nullable String actorOrganisationName,
        Instant takenAt) {}
