package org.tablero.approval;

import java.time.Instant;
import org.tablero.project.ProjectStatus;

/** A step of the lifecycle taken by an owner or the board, with its reason where one is needed. */
public record LifecycleStep(Action action, ProjectStatus from, ProjectStatus to, String rationale, String actorName,
        Instant takenAt) {}
