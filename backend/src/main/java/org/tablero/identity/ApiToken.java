package org.tablero.identity;

import java.time.Instant;

/** A personal API token as its owner sees it in the list: never the token itself. */
public record ApiToken(long id, String name, String prefix, Instant createdAt, Instant lastUsedAt,
        Instant revokedAt) {

    public boolean isActive() {
        return revokedAt == null;
    }
}
