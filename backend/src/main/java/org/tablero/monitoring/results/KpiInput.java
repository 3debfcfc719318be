package org.tablero.monitoring.results;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What an owner types to add or change a KPI; validated by {@link ResultsRules#validate(KpiInput)}. */
public record KpiInput(String name, String unit, BigDecimal baselineValue, BigDecimal targetValue,
        LocalDate targetDate, KpiDirection direction) {}
