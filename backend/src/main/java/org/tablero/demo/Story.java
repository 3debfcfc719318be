package org.tablero.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.tablero.project.ProjectStatus;

/**
 * How a demo project in execution, on hold or completed has gone so far, relative to the month the demo is loaded
 * in: when it started, how long it was planned to take, how far its cost and end have drifted by its latest
 * report, how many months it has been silent, and what happened on the way. The mix is deliberate: most projects
 * on track, several over budget or late, three that stopped reporting (one of them the demo officer's), and one
 * of each kind of baseline change.
 *
 * @param startedMonthsAgo the planned start is the first day of the month this many months before the load month
 * @param overrunPercent projected (or, once complete, actual) cost over the approved cost at the latest report
 * @param slipMonths months the projected (or actual) end lies after the approved end at the latest report
 * @param quietMonths months before the load month without a report: a project in execution is stale, one on
 *     hold has been held since then
 */
record Story(ProjectStatus status, int startedMonthsAgo, int plannedMonths, int overrunPercent, int slipMonths,
        int quietMonths, Twist twist) {

    /** What happens on the way, beyond the monthly reports and ratings. */
    enum Twist {
        NONE,
        /** A month's report is corrected, with its reason, a few days after it was filed. */
        CORRECTION,
        /** Half-way the owner moves the baseline to the forecast, within the tolerance: no review needed. */
        REBASELINE,
        /** The forecast goes beyond the tolerance; the change request is endorsed by both reviewers. */
        CHANGE_APPROVED,
        /** The forecast goes beyond the tolerance; the change request of last month waits for its reviewers. */
        CHANGE_OPEN
    }

    private static final ProjectStatus RUNNING = ProjectStatus.IN_EXECUTION;
    private static final ProjectStatus HELD = ProjectStatus.ON_HOLD;
    private static final ProjectStatus DONE = ProjectStatus.COMPLETED;

    /** By the project's position in the demo portfolio. */
    private static final Map<Integer, Story> BY_PROJECT = Map.ofEntries(
            Map.entry(6, new Story(RUNNING, 14, 30, 3, 0, 0, Twist.NONE)),
            Map.entry(16, new Story(RUNNING, 10, 24, 14, 1, 0, Twist.NONE)),
            Map.entry(17, new Story(RUNNING, 20, 36, 6, 0, 0, Twist.CORRECTION)),
            Map.entry(26, new Story(RUNNING, 16, 30, 38, 8, 0, Twist.CHANGE_OPEN)),
            Map.entry(27, new Story(RUNNING, 22, 40, 32, 7, 0, Twist.CHANGE_APPROVED)),
            Map.entry(36, new Story(RUNNING, 12, 24, 0, 0, 2, Twist.NONE)),
            Map.entry(46, new Story(RUNNING, 8, 18, 9, 1, 0, Twist.REBASELINE)),
            Map.entry(47, new Story(RUNNING, 18, 30, 12, 11, 0, Twist.NONE)),
            Map.entry(52, new Story(RUNNING, 9, 20, 2, 0, 0, Twist.NONE)),
            Map.entry(56, new Story(RUNNING, 15, 24, 24, 3, 3, Twist.NONE)),
            Map.entry(57, new Story(RUNNING, 6, 12, 0, 0, 0, Twist.NONE)),
            Map.entry(62, new Story(RUNNING, 11, 36, 4, 0, 2, Twist.NONE)),
            Map.entry(7, new Story(HELD, 15, 24, 33, 5, 2, Twist.NONE)),
            Map.entry(37, new Story(HELD, 10, 20, 5, 1, 3, Twist.NONE)),
            Map.entry(8, new Story(DONE, 30, 24, 4, 1, 0, Twist.NONE)),
            Map.entry(18, new Story(DONE, 26, 18, -6, 0, 0, Twist.NONE)),
            Map.entry(28, new Story(DONE, 34, 24, 22, 5, 0, Twist.NONE)),
            Map.entry(38, new Story(DONE, 20, 12, 41, 6, 0, Twist.NONE)),
            Map.entry(48, new Story(DONE, 24, 20, 8, 1, 0, Twist.NONE)),
            Map.entry(58, new Story(DONE, 16, 12, 11, 2, 0, Twist.NONE)));

    /** At most this many months of reports: an older project's history starts part-way. */
    static final int HISTORY_MONTHS = 18;

    /** The story of the demo project at this position, or null for a project that never started. */
    static Story of(int position) {
        return BY_PROJECT.get(position);
    }

    /**
     * How much of its planned results the project delivers once complete, 1 being exactly the plan: less the more
     * it overran its cost and slipped, within 0.5 and 1.15.
     */
    double achievement() {
        double achievement = 1.1 - overrunPercent / 100.0 - slipMonths / (2.0 * plannedMonths);
        return Math.max(0.5, Math.min(1.15, achievement));
    }

    LocalDate plannedStart(YearMonth loadMonth) {
        return loadMonth.minusMonths(startedMonthsAgo).atDay(1);
    }

    LocalDate plannedEnd(YearMonth loadMonth) {
        return loadMonth.minusMonths(startedMonthsAgo).plusMonths(plannedMonths - 1).atEndOfMonth();
    }

    /** The first month with a report. */
    YearMonth firstReported(YearMonth loadMonth) {
        YearMonth start = loadMonth.minusMonths(startedMonthsAgo);
        YearMonth earliest = loadMonth.minusMonths(HISTORY_MONTHS);
        return start.isBefore(earliest) ? earliest : start;
    }

    /** The last month with a report: the month it finished, or the last month before it fell silent. */
    YearMonth lastReported(YearMonth loadMonth) {
        if (status == DONE) {
            return loadMonth.minusMonths(startedMonthsAgo).plusMonths(plannedMonths + slipMonths - 1);
        }
        return loadMonth.minusMonths(1 + quietMonths);
    }
}
