package org.tablero.identity;

import java.util.Optional;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The user on whose behalf the current thread works. */
public final class CurrentUser {

    private CurrentUser() {}

    public static Optional<TableroUser> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof TableroUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public static TableroUser get() {
        return find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Not signed in"));
    }
}
