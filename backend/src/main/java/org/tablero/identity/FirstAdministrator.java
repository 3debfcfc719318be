package org.tablero.identity;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tablero.audit.AuditTrail;
import org.tablero.organisation.Organisation;
import org.tablero.organisation.OrganisationService;

/**
 * A new, empty deployment gets a root organisation and an administrator, so that somebody can sign in
 * and build the rest in the UI.
 */
@Service
public class FirstAdministrator {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final UserRepository users;
    private final OrganisationService organisations;
    private final PasswordEncoder passwordEncoder;
    private final AuditTrail audit;

    FirstAdministrator(UserRepository users, OrganisationService organisations, PasswordEncoder passwordEncoder,
            AuditTrail audit) {
        this.users = users;
        this.organisations = organisations;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
    }

    public boolean isNeeded() {
        return users.count("/", null) == 0;
    }

    /**
     * Creates the root organisation and the {@code admin} user.
     *
     * @param password the administrator's password; blank generates one, which is logged once
     * @return the administrator, signed in for further set-up work
     */
    @Transactional
    public TableroUser create(String rootCode, String rootName, String password) {
        Organisation root = organisations.createFirstRoot(rootCode, rootName);
        String actualPassword = password == null || password.isBlank() ? generatePassword() : password;
        UserInput input = new UserInput("admin", "Administrator", "admin@localhost", root.id(), Set.of(Role.ADMIN),
                true, actualPassword);
        long id = users.insert(input, passwordEncoder.encode(actualPassword), java.time.Instant.now());
        audit.record("USER", id, "CREATE", null, users.find(id).orElseThrow());
        if (password == null || password.isBlank()) {
            log.warn("Created the first administrator: user name 'admin', password '{}'. Change it after signing in.",
                    actualPassword);
        }
        return users.findForLogin("admin").orElseThrow();
    }

    private static String generatePassword() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
