package org.tablero.monitoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** An approved plan: number 1 at approval, the next one after each rebaseline. */
public record Baseline(long id, int number, BigDecimal cost, LocalDate start, LocalDate end, String reason,
        Instant fixedAt) {
}
