package org.tablero.approval;

import java.util.Set;
import org.tablero.identity.Role;

/**
 * The user attempting a step, as the workflow rules see them.
 *
 * @param ownsProject whether the user is one of the project's owners, who may not judge it
 */
public record Actor(long userId, Set<Role> roles, boolean ownsProject) {

    public Actor {
        roles = Set.copyOf(roles);
    }
}
