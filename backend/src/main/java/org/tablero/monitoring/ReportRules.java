package org.tablero.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.Set;
import org.tablero.common.Validation;

/** What a progress report must satisfy before it is saved (domain.md, "Delivery monitoring"). */
final class ReportRules {

    static final int MAX_TEXT = 4000;
    private static final BigDecimal HUNDRED = new BigDecimal(100);

    private ReportRules() {
    }

    /**
     * @param milestoneIds the project's own milestones: a date for any other milestone is refused
     * @param today the day it is filed, for the dates that cannot lie in the future
     */
    static Validation validate(ProgressReportInput input, Set<Long> milestoneIds, LocalDate today) {
        Validation validation = new Validation()
                .requirePresent("period", input.period())
                .requirePresent("spendToDate", input.spendToDate())
                .requirePresent("projectedCost", input.projectedCost())
                .requirePresent("percentComplete", input.percentComplete())
                .requirePresent("confidence", input.confidence())
                .requireText("narrative", input.narrative(), MAX_TEXT);
        if (input.period() != null) {
            validation.check(!input.period().isAfter(YearMonth.from(today)), "period", "report.period-future");
        }
        if (input.spendToDate() != null) {
            validation.check(input.spendToDate().signum() >= 0, "spendToDate", "report.negative");
        }
        if (input.projectedCost() != null) {
            validation.check(input.projectedCost().signum() >= 0, "projectedCost", "report.negative");
        }
        BigDecimal percent = input.percentComplete();
        if (percent != null) {
            validation.check(percent.signum() >= 0 && percent.compareTo(HUNDRED) <= 0, "percentComplete",
                    "report.percent-range");
        }
        if (input.completed()) {
            validation.requirePresent("actualEnd", input.actualEnd());
            if (input.actualEnd() != null) {
                validation.check(!input.actualEnd().isAfter(today), "actualEnd", "report.date-future");
            }
            if (percent != null && !validation.hasProblemWith("percentComplete")) {
                validation.check(percent.compareTo(HUNDRED) == 0, "percentComplete", "report.complete-not-100");
            }
        }
        Set<Long> seen = new HashSet<>();
        for (MilestoneDate date : input.milestones()) {
            validation.check(milestoneIds.contains(date.milestoneId()), "milestones", "report.milestone-unknown");
            validation.check(seen.add(date.milestoneId()), "milestones", "report.milestone-twice");
            validation.check(date.actualDate() != null && !date.actualDate().isAfter(today), "milestones",
                    "report.date-future");
        }
        return validation;
    }

    /** The date a report's figures are as of: the end of its month, or the day it is filed if that is earlier. */
    static LocalDate reportDate(YearMonth period, LocalDate today) {
        LocalDate endOfMonth = period.atEndOfMonth();
        return endOfMonth.isAfter(today) ? today : endOfMonth;
    }

    /** The variance of a report against a baseline, as of the report's date. */
    static Variance.Cost costVariance(ProgressReportInput input, Baseline baseline, VarianceThresholds thresholds) {
        return Variance.cost(baseline.cost(), input.completed() ? input.spendToDate() : input.projectedCost(),
                thresholds);
    }

    static Variance.Schedule scheduleVariance(ProgressReportInput input, LocalDate reportDate, Baseline baseline,
            VarianceThresholds thresholds) {
        return Variance.schedule(baseline.start(), baseline.end(), input.completed() ? input.actualEnd() : null,
                input.projectedEnd(), reportDate, thresholds);
    }
}
