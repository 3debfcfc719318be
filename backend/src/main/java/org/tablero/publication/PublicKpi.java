package org.tablero.publication;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A key performance indicator with its latest measurement.
 *
 * @param direction {@code INCREASE} (higher is better) or {@code DECREASE}
 * @param met whether the latest measurement reaches the target in the KPI's direction; null before any
 *     measurement
 */
public record PublicKpi(
        long id,
        String projectCode,
        String name,
        String unit,
        BigDecimal baselineValue,
        BigDecimal targetValue,
        LocalDate targetDate,
        String direction,
        @Nullable BigDecimal latestValue,
        @Nullable LocalDate latestMeasuredOn,
        @Nullable Boolean met) {}
