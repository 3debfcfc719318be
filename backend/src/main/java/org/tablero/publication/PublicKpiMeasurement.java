package org.tablero.publication;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One measurement of a KPI. */
public record PublicKpiMeasurement(long id, long kpiId, String projectCode, LocalDate measuredOn, BigDecimal value,
        @Nullable String note) {}
