package org.tablero.identity;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as the services see it: who, which roles, and the organisation subtree
 * ({@link #organisationPath()}) within which they act.
 */
public record TableroUser(
        long id,
        String username,
        String displayName,
        long organisationId,
        String organisationName,
        String organisationPath,
        Set<Role> roles,
        String passwordHash,
        boolean enabled,
        Instant lockedUntil) implements UserDetails {

    public TableroUser {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** Whether an organisation with the given materialised path lies in this user's subtree. */
    public boolean canSee(String otherOrganisationPath) {
        return otherOrganisationPath.startsWith(organisationPath);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return lockedUntil == null || lockedUntil.isBefore(Instant.now());
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** Never print the password hash into a log. */
    @Override
    public String toString() {
        return "TableroUser[" + username + ", roles=" + roles + ", organisation=" + organisationId + "]";
    }
}
