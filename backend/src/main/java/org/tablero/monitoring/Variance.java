package org.tablero.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Cost and schedule variance as of an evaluation date, with the US Federal IT Dashboard's conventions
 * (domain.md, "Delivery monitoring"): a negative variance is over budget or late.
 *
 * <p>Where domain.md is silent: a plan with zero cost or zero days has no percent, and its variance is red
 * when there is any variance at all and green otherwise; a report without a projected end is taken to keep the
 * planned end. Percentages are rounded half-up to two decimals before they are coloured, as published.
 */
public final class Variance {

    private static final BigDecimal HUNDRED = new BigDecimal(100);

    private Variance() {
    }

    /** Cost variance of a plan against a projected cost (in progress) or the actual cost (complete). */
    public record Cost(BigDecimal amount, BigDecimal percent, VarianceColour colour) {
    }

    /** Schedule variance in days and in percent of the planned duration. */
    public record Schedule(long days, BigDecimal percent, VarianceColour colour) {
    }

    /** planned − projected (or actual once complete), and that as a percent of the planned cost. */
    public static Cost cost(BigDecimal plannedCost, BigDecimal projectedOrActualCost,
            VarianceThresholds thresholds) {
        Objects.requireNonNull(plannedCost, "plannedCost");
        Objects.requireNonNull(projectedOrActualCost, "projectedOrActualCost");
        BigDecimal amount = plannedCost.subtract(projectedOrActualCost);
        if (plannedCost.signum() == 0) {
            return new Cost(amount, null, amount.signum() == 0 ? VarianceColour.GREEN : VarianceColour.RED);
        }
        BigDecimal percent = amount.multiply(HUNDRED).divide(plannedCost, 2, RoundingMode.HALF_UP);
        return new Cost(amount, percent, thresholds.colourOf(percent));
    }

    /**
     * planned end − the actual end once complete, or else − the later of the projected end and the evaluation
     * date (a project past its projected end and not finished keeps slipping).
     *
     * @param actualEnd the actual end, given only when the project is complete
     * @param projectedEnd the projected end of a project in progress; null keeps the planned end
     */
    public static Schedule schedule(LocalDate plannedStart, LocalDate plannedEnd, LocalDate actualEnd,
            LocalDate projectedEnd, LocalDate evaluatedOn, VarianceThresholds thresholds) {
        Objects.requireNonNull(plannedStart, "plannedStart");
        Objects.requireNonNull(plannedEnd, "plannedEnd");
        LocalDate end;
        if (actualEnd != null) {
            end = actualEnd;
        } else {
            Objects.requireNonNull(evaluatedOn, "evaluatedOn");
            LocalDate projected = projectedEnd == null ? plannedEnd : projectedEnd;
            end = projected.isAfter(evaluatedOn) ? projected : evaluatedOn;
        }
        long days = ChronoUnit.DAYS.between(end, plannedEnd);
        long plannedDays = ChronoUnit.DAYS.between(plannedStart, plannedEnd);
        if (plannedDays <= 0) {
            return new Schedule(days, null, days == 0 ? VarianceColour.GREEN : VarianceColour.RED);
        }
        BigDecimal percent = BigDecimal.valueOf(days).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(plannedDays), 2, RoundingMode.HALF_UP);
        return new Schedule(days, percent, thresholds.colourOf(percent));
    }
}
