package org.tablero.monitoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.tablero.approval.Review;

/** A request to change the baseline beyond the tolerance, with the verdicts of its review round. */
public record ChangeRequest(long id, long projectId, BigDecimal proposedCost, LocalDate proposedEnd, String reason,
        ChangeRequestStatus status, Instant openedAt, Instant closedAt, List<Review> reviews) {
}
