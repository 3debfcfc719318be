package org.tablero.monitoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A progress report of one month, in one version. The variance is computed when it is submitted, against the
 * baseline it names, as of its report date (the last day of its month, or the day it was filed if earlier).
 */
public record ProgressReport(
        long id,
        long projectId,
        YearMonth period,
        int version,
        ReportStatus status,
        LocalDate reportDate,
        BigDecimal spendToDate,
        BigDecimal projectedCost,
        LocalDate projectedEnd,
        BigDecimal percentComplete,
        boolean completed,
        LocalDate actualEnd,
        Confidence confidence,
        String narrative,
        String correctionReason,
        int baselineNumber,
        Variance.Cost costVariance,
        Variance.Schedule scheduleVariance,
        List<MilestoneDate> milestones,
        Instant submittedAt,
        int lockVersion) {

    public boolean isCorrection() {
        return version > 1;
    }
}
