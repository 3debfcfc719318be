package org.tablero.identity;

import java.util.Set;

/**
 * What an administrator types to create or change a user.
 *
 * @param newPassword required for a new user; for an existing one, blank keeps the current password
 */
public record UserInput(
        String username,
        String displayName,
        String email,
        Long organisationId,
        Set<Role> roles,
        boolean enabled,
        String newPassword) {

    public UserInput {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
