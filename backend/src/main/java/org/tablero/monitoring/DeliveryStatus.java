package org.tablero.monitoring;

/**
 * How a project stands against its plan today: its current baseline (null before approval), the latest
 * submitted report with its variance (null before the first), whether reporting or the rating is stale, and the
 * latest rating (null before the first).
 */
public record DeliveryStatus(
        Baseline baseline,
        int rebaselines,
        ProgressReport latestReport,
        boolean stale,
        RiskRating latestRating,
        boolean ratingStale) {
}
