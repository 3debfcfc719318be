package org.tablero.approval;

import java.time.Instant;

/** One authority's verdict in a round. */
public record Review(ReviewAspect aspect, Verdict verdict, String rationale, String reviewerName, Instant givenAt) {}
