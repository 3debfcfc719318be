package org.tablero.approval;

import java.time.Instant;

/**
 * A project waiting for a user: a review of one aspect, or (aspect null) the board's decision.
 *
 * @param waitingSince when the round opened or the project reached the board
 */
public record QueueItem(long projectId, String code, String title, String organisationName, ReviewAspect aspect,
        int round, Instant waitingSince) {}
