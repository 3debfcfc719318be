package org.tablero.identity;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs start-up work (first administrator, demo data) through the services as a given user. */
public final class SystemTask {

    private SystemTask() {}

    public static void runAs(TableroUser user, Runnable task) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            task.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** The same user with extra roles for this task only (nothing is stored). */
    public static TableroUser withRoles(TableroUser user, Role... extraRoles) {
        Set<Role> roles = user.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(user.roles());
        roles.addAll(Set.of(extraRoles));
        return new TableroUser(user.id(), user.username(), user.displayName(), user.organisationId(),
                user.organisationName(), user.organisationPath(), roles, user.getPassword(), user.enabled(),
                user.lockedUntil());
    }
}
