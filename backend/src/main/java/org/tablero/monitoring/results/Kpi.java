package org.tablero.monitoring.results;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A key performance indicator of a project, with its latest measurement and what follows from it, computed
 * when it is read.
 *
 * @param unit e.g. {@code %}, {@code days}, {@code transactions per month}
 * @param latestMeasuredOn the date of the latest measurement, null while there is none
 * @param latestValue the value of the latest measurement, null while there is none
 * @param status judged as of the day it was read, see {@link KpiStatus}
 * @param progress how far the latest value has come from the baseline to the target, 0 to 1 with four decimals
 *     (see {@link ResultsRules#progress}); null while there is no measurement
 * @param version the version to send back when changing or removing it
 */
public record Kpi(
        long id,
        long projectId,
        String name,
        String unit,
        BigDecimal baselineValue,
        BigDecimal targetValue,
        LocalDate targetDate,
        KpiDirection direction,
        LocalDate latestMeasuredOn,
        BigDecimal latestValue,
        int measurementCount,
        KpiStatus status,
        BigDecimal progress,
        int version,
        Instant createdAt) {

    public KpiInput toInput() {
        return new KpiInput(name, unit, baselineValue, targetValue, targetDate, direction);
    }
}
