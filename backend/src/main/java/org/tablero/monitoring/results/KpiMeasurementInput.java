package org.tablero.monitoring.results;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A KPI's value on a day, with an optional note (e.g. the source of the figure). */
public record KpiMeasurementInput(LocalDate measuredOn, BigDecimal value, String note) {}
