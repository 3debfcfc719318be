package org.tablero.monitoring;

import java.time.Instant;

/** The digital authority's rating of a project in execution: 5 low risk … 1 high risk, with its comment. */
public record RiskRating(long id, long projectId, int rating, String comment, Instant ratedAt) {
}
