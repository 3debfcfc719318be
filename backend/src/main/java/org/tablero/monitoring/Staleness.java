package org.tablero.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.tablero.project.ProjectStatus;

/**
 * When a project's reporting or rating is out of date. A project in execution is stale when no report has
 * been filed for {@code staleAfterDays} days or more, counted from its last report's date or, before the first
 * report, from the day execution started; a rating is stale when it is older than {@code ratingStaleAfterDays}.
 */
public final class Staleness {

    private Staleness() {
    }

    public static boolean isStale(ProjectStatus status, LocalDate lastReportDate, LocalDate executionStarted,
            LocalDate today, int staleAfterDays) {
        LocalDate since = lastReportDate != null ? lastReportDate : executionStarted;
        return status == ProjectStatus.IN_EXECUTION && since != null
                && ChronoUnit.DAYS.between(since, today) >= staleAfterDays;
    }

    /** A project whose last report (or start of execution) dates from this day or earlier is stale today. */
    public static LocalDate staleOnOrBefore(LocalDate today, int staleAfterDays) {
        return today.minusDays(staleAfterDays);
    }

    public static boolean isRatingStale(Instant ratedAt, LocalDate today, int ratingStaleAfterDays) {
        return ratedAt != null
                && ChronoUnit.DAYS.between(ratedAt.atZone(ZoneOffset.UTC).toLocalDate(), today) > ratingStaleAfterDays;
    }
}
