package org.tablero.monitoring;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;

/**
 * Whether a proposed baseline stays within the tolerance (domain.md: a change of the baseline cost or end date
 * beyond it, 10 % by default, goes through a review round). The cost change is measured against the current
 * baseline cost, the end date's move against the current planned duration; either beyond the tolerance is
 * enough. A plan of zero cost or zero days tolerates no change of it.
 */
final class RebaselineRules {

    private static final BigDecimal HUNDRED = new BigDecimal(100);

    private RebaselineRules() {
    }

    static boolean withinTolerance(Baseline current, RebaselineInput proposed, BigDecimal tolerancePercent) {
        BigDecimal costChange = proposed.cost().subtract(current.cost()).abs();
        long days = ChronoUnit.DAYS.between(current.start(), current.end());
        long endMove = Math.abs(ChronoUnit.DAYS.between(current.end(), proposed.end()));
        return within(costChange, current.cost(), tolerancePercent)
                && within(BigDecimal.valueOf(endMove), BigDecimal.valueOf(days), tolerancePercent);
    }

    private static boolean within(BigDecimal change, BigDecimal planned, BigDecimal tolerancePercent) {
        if (planned.signum() == 0) {
            return change.signum() == 0;
        }
        return change.multiply(HUNDRED).compareTo(planned.multiply(tolerancePercent)) <= 0;
    }
}
