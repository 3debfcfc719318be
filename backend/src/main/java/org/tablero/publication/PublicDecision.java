package org.tablero.publication;

import java.time.Instant;
import org.tablero.approval.ReviewAspect;
import org.tablero.approval.Verdict;
import org.tablero.identity.Role;

/**
 * An authority's verdict in a review round, with its rationale. The reviewer is public by role and
 * organisation, never by name.
 */
public record PublicDecision(
        long id,
        String projectCode,
        int round,
        ReviewAspect aspect,
        Role reviewerRole,
        String reviewerOrganisationCode,
        String reviewerOrganisationName,
        Verdict verdict,
        String rationale,
        Instant givenAt) {}
