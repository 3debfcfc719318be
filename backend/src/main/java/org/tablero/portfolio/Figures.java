package org.tablero.portfolio;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The figures of a part of the portfolio, from each project's current figures (never from the reports). Where
 * domain.md is silent:
 * <ul>
 * <li>over budget: a negative cost variance (projected cost above the baseline, or the actual cost once
 * complete) coloured yellow or red, i.e. by at least the yellow threshold; a project under budget by as much is
 * coloured too but is not over budget. Its share is of the projects with a current cost variance, in any status;
 * <li>late: the same with the schedule variance;
 * <li>stale: in execution, and the latest report, or the start of execution when there is none yet, is older
 * than the staleness limit (45 days by default);
 * <li>at risk: in execution or on hold, with a rating of 2 or less or a red cost or schedule colour.
 * </ul>
 *
 * @param investment the sum of the projects' estimated lifecycle costs
 * @param withCostVariance projects that have a current cost variance (a submitted report)
 * @param overBudgetPercent overBudget as a percent of withCostVariance, two decimals; null when there is none
 * @param latePercent late as a percent of withScheduleVariance, two decimals; null when there is none
 */
public record Figures(int projects, BigDecimal investment, int inExecution, int withCostVariance, int overBudget,
        BigDecimal overBudgetPercent, int withScheduleVariance, int late, BigDecimal latePercent, int stale,
        int atRisk) {

    public static final Figures NONE = of(0, BigDecimal.ZERO, 0, 0, 0, 0, 0, 0, 0);

    public static Figures of(int projects, BigDecimal investment, int inExecution, int withCostVariance,
            int overBudget, int withScheduleVariance, int late, int stale, int atRisk) {
        return new Figures(projects, investment, inExecution, withCostVariance, overBudget,
                percent(overBudget, withCostVariance), withScheduleVariance, late, percent(late, withScheduleVariance),
                stale, atRisk);
    }

    public Figures plus(Figures other) {
        return of(projects + other.projects, investment.add(other.investment), inExecution + other.inExecution,
                withCostVariance + other.withCostVariance, overBudget + other.overBudget,
                withScheduleVariance + other.withScheduleVariance, late + other.late, stale + other.stale,
                atRisk + other.atRisk);
    }

    private static BigDecimal percent(int part, int whole) {
        return whole == 0 ? null
                : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }
}
