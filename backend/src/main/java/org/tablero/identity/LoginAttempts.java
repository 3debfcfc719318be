package org.tablero.identity;

import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks an account for a while after repeated wrong passwords, which slows down password guessing
 * without locking the owner out for good.
 */
@Component
class LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

    private final UserRepository users;
    private final int maxFailures;
    private final Duration lockout;

    LoginAttempts(UserRepository users,
            @Value("${tablero.security.max-failed-logins:5}") int maxFailures,
            @Value("${tablero.security.lockout:15m}") Duration lockout) {
        this.users = users;
        this.maxFailures = maxFailures;
        this.lockout = lockout;
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName();
        if (users.countFailedLogin(username) >= maxFailures) {
            users.lock(username, Instant.now().plus(lockout));
            log.warn("Account {} locked for {} after {} failed sign-ins", username, lockout, maxFailures);
        }
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        users.clearFailedLogins(event.getAuthentication().getName());
    }
}
