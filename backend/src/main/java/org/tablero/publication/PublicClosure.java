package org.tablero.publication;

import java.math.BigDecimal;
import java.time.Instant;

/** The closure of a completed project: benefits realised against the value proposition, and lessons learned. */
public record PublicClosure(String projectCode, BigDecimal realisedBenefits, Disclosed<String> benefitsSummary,
        Disclosed<String> lessonsLearned, Instant closedAt) {}
