package org.tablero.publication;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The digital authority's monthly risk rating: 5 low risk … 1 high risk, with its comment.
 *
 * @param raterOrganisationCode the organisation of the digital authority that rated (never the person)
 */
public record PublicRating(long id, String projectCode, int rating, String comment, Instant ratedAt,
        @Nullable String raterOrganisationCode, @Nullable String raterOrganisationName) {}
