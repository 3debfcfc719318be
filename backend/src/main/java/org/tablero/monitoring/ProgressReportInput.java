package org.tablero.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A monthly progress report as the owner (or the agency's own system) files it.
 *
 * @param completed the project has delivered: the actual end is then required, the spend to date is the actual
 *     cost and the percent complete must be 100
 * @param milestones actual dates of the milestones reached
 */
public record ProgressReportInput(
        YearMonth period,
        BigDecimal spendToDate,
        BigDecimal projectedCost,
        LocalDate projectedEnd,
        BigDecimal percentComplete,
        boolean completed,
        LocalDate actualEnd,
        Confidence confidence,
        String narrative,
        List<MilestoneDate> milestones) {

    public ProgressReportInput {
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
    }
}
