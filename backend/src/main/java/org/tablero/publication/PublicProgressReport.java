package org.tablero.publication;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.tablero.monitoring.Confidence;
import org.tablero.monitoring.VarianceColour;

/**
 * A submitted monthly progress report. Every version is public: a correction is the next version of the same
 * period, with its reason, and the earlier one stays.
 *
 * @param period the first day of the month reported on
 * @param latestVersion whether no later version of the same period exists
 */
public record PublicProgressReport(
        long id,
        String projectCode,
        LocalDate period,
        int version,
        boolean latestVersion,
        @Nullable String correctionReason,
        LocalDate reportDate,
        BigDecimal spendToDate,
        BigDecimal projectedCost,
        @Nullable LocalDate projectedEnd,
        BigDecimal percentComplete,
        boolean completed,
        @Nullable LocalDate actualEnd,
        Confidence confidence,
        Disclosed<String> narrative,
        int baselineNumber,
        @Nullable BigDecimal costVariance,
        @Nullable BigDecimal costVariancePct,
        @Nullable VarianceColour costColour,
        @Nullable Integer scheduleVarianceDays,
        @Nullable BigDecimal scheduleVariancePct,
        @Nullable VarianceColour scheduleColour,
        @Nullable Instant submittedAt) {}
