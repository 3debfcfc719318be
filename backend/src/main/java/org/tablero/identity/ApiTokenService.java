package org.tablero.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tablero.audit.AuditTrail;
import org.tablero.common.NotFoundException;
import org.tablero.common.Validation;

/**
 * Personal API tokens, with which an agency's own system acts through the API on behalf of the user who
 * created the token, with that user's roles and organisation. Tokens carry 256 random bits, so a fast
 * SHA-256 hash is enough to store them safely and to find them at every request.
 */
@Service
public class ApiTokenService {

    private static final String PREFIX = "tab_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenRepository tokens;
    private final UserRepository users;
    private final AuditTrail audit;

    ApiTokenService(ApiTokenRepository tokens, UserRepository users, AuditTrail audit) {
        this.tokens = tokens;
        this.users = users;
        this.audit = audit;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public NewApiToken create(String name) {
        new Validation().requireText("name", name, 100).throwIfInvalid();
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        long userId = CurrentUser.get().id();
        long id = tokens.insert(userId, name.strip(), hash(secret), secret.substring(0, 10), Instant.now());
        ApiToken token = tokens.ofUser(userId).stream().filter(candidate -> candidate.id() == id).findFirst()
                .orElseThrow();
        audit.record("USER", userId, "API_TOKEN_CREATED", null, Map.of("token", token.name(), "prefix",
                token.prefix()));
        return new NewApiToken(token, secret);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ApiToken> mine() {
        return tokens.ofUser(CurrentUser.get().id());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void revoke(long tokenId) {
        long userId = CurrentUser.get().id();
        if (!tokens.revoke(tokenId, userId, Instant.now())) {
            throw new NotFoundException("API token", tokenId);
        }
        audit.record("USER", userId, "API_TOKEN_REVOKED", null, Map.of("tokenId", tokenId));
    }

    /** The user an active token acts for; empty for an unknown or revoked token, or a disabled user. */
    @Transactional
    public Optional<TableroUser> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String hash = hash(secret);
        Optional<TableroUser> user = tokens.activeUserOf(hash)
                .flatMap(users::usernameOf)
                .flatMap(users::findForLogin)
                .filter(TableroUser::isEnabled)
                .filter(TableroUser::isAccountNonLocked);
        user.ifPresent(found -> tokens.touch(hash, Instant.now()));
        return user;
    }

    private static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
