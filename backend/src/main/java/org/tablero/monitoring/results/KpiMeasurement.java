package org.tablero.monitoring.results;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A KPI's value on a day; one per KPI and day, never changed once recorded. */
public record KpiMeasurement(long id, long kpiId, LocalDate measuredOn, BigDecimal value, String note,
        Instant recordedAt) {}
