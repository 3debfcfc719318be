package org.tablero.publication;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A request to change the baseline beyond the tolerance, and where it stands.
 *
 * @param baselineNumber the baseline the request led to, once approved
 */
public record PublicChangeRequest(long id, String projectCode, BigDecimal proposedCost, LocalDate proposedEnd,
        String reason, String status, Instant openedAt, @Nullable Instant closedAt,
        @Nullable Integer baselineNumber) {}
