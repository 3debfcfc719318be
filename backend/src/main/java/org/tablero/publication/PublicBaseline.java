package org.tablero.publication;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An approved plan: number 1 fixed at approval, each rebaseline the next number. Never changed. */
public record PublicBaseline(long id, String projectCode, int number, BigDecimal cost, LocalDate startDate,
        LocalDate endDate, @Nullable String reason, Instant fixedAt) {}
