package org.tablero.monitoring.results;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Whether a KPI has reached its target (domain.md, "Delivery monitoring": met / not met is computed, never
 * typed). It is judged from the KPI's latest measurement, the one with the latest measured-on date:
 * <ul>
 *   <li>{@link #NOT_MEASURED}: nothing was measured yet, whatever the dates;
 *   <li>{@link #MET}: the latest value reaches the target in the KPI's direction (at or above it for
 *       {@link KpiDirection#INCREASE}, at or below it for {@link KpiDirection#DECREASE}), also when it got there
 *       after the target date;
 *   <li>{@link #NOT_MET}: the latest value does not reach the target and the target date has passed;
 *   <li>{@link #IN_PROGRESS}: the latest value does not reach the target and the target date is today or ahead.
 * </ul>
 */
public enum KpiStatus {
    MET,
    IN_PROGRESS,
    NOT_MET,
    NOT_MEASURED;

    /**
     * @param latestValue the value of the latest measurement, null when there is none
     * @param asOf the day the status is judged on (today, as a rule)
     */
    public static KpiStatus of(KpiDirection direction, BigDecimal target, LocalDate targetDate,
            BigDecimal latestValue, LocalDate asOf) {
        if (latestValue == null) {
            return NOT_MEASURED;
        }
        if (direction.reaches(latestValue, target)) {
            return MET;
        }
        return asOf.isAfter(targetDate) ? NOT_MET : IN_PROGRESS;
    }
}
