package org.tablero.identity;

import java.time.Instant;
import java.util.Set;

/** A user as an administrator manages it. Never carries the password hash. */
public record UserAccount(
        long id,
        String username,
        String displayName,
        String email,
        long organisationId,
        String organisationName,
        Set<Role> roles,
        boolean enabled,
        Instant lockedUntil,
        int version) {

    public UserAccount {
        roles = Set.copyOf(roles);
    }

    public boolean isLocked() {
        return lockedUntil != null && lockedUntil.isAfter(Instant.now());
    }
}
