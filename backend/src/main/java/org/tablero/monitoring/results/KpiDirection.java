package org.tablero.monitoring.results;

import java.math.BigDecimal;

/** Which way a KPI improves. */
public enum KpiDirection {
    /** Higher is better: the target is reached at or above it (e.g. share of services online). */
    INCREASE,
    /** Lower is better: the target is reached at or below it (e.g. days to issue a licence). */
    DECREASE;

    /** Whether {@code value} reaches {@code target} in this direction (the target itself counts). */
    public boolean reaches(BigDecimal value, BigDecimal target) {
        int comparison = value.compareTo(target);
        return this == INCREASE ? comparison >= 0 : comparison <= 0;
    }
}
