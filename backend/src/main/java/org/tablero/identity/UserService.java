package org.tablero.identity;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tablero.audit.AuditTrail;
import org.tablero.common.ConcurrentEditException;
import org.tablero.common.NotFoundException;
import org.tablero.common.Validation;
import org.tablero.organisation.OrganisationService;

/** User administration, within the administrator's own organisation subtree. */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class UserService {

    static final int MIN_PASSWORD_LENGTH = 10;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]*");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final String AUDIT_TYPE = "USER";

    private final UserRepository users;
    private final OrganisationService organisations;
    private final PasswordEncoder passwordEncoder;
    private final AuditTrail audit;

    UserService(UserRepository users, OrganisationService organisations, PasswordEncoder passwordEncoder,
            AuditTrail audit) {
        this.users = users;
        this.organisations = organisations;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<UserAccount> page(String text, int offset, int limit) {
        return users.page(CurrentUser.get().organisationPath(), text, offset, limit);
    }

    @Transactional(readOnly = true)
    public int count(String text) {
        return users.count(CurrentUser.get().organisationPath(), text);
    }

    @Transactional(readOnly = true)
    public UserAccount get(long id) {
        String path = users.organisationPathOfUser(id).orElseThrow(() -> new NotFoundException(AUDIT_TYPE, id));
        if (!CurrentUser.get().canSee(path)) {
            throw new AccessDeniedException("User " + id + " belongs to another organisation");
        }
        return users.find(id).orElseThrow();
    }

    @Transactional
    public UserAccount create(UserInput input) {
        validate(input, null);
        long id = users.insert(input, passwordEncoder.encode(input.newPassword()), Instant.now());
        UserAccount created = users.find(id).orElseThrow();
        audit.record(AUDIT_TYPE, id, "CREATE", null, created);
        return created;
    }

    @Transactional
    public UserAccount update(long id, int expectedVersion, UserInput input) {
        UserAccount before = get(id);
        validate(input, id);
        String newHash = isBlank(input.newPassword()) ? null : passwordEncoder.encode(input.newPassword());
        if (!users.update(id, expectedVersion, input, newHash, Instant.now())) {
            throw new ConcurrentEditException(AUDIT_TYPE, id);
        }
        UserAccount after = users.find(id).orElseThrow();
        audit.record(AUDIT_TYPE, id, newHash == null ? "UPDATE" : "UPDATE_WITH_NEW_PASSWORD", before, after);
        return after;
    }

    @Transactional
    public UserAccount unlock(long id) {
        UserAccount before = get(id);
        users.clearFailedLogins(before.username());
        UserAccount after = users.find(id).orElseThrow();
        audit.record(AUDIT_TYPE, id, "UNLOCK", before, after);
        return after;
    }

    private void validate(UserInput input, Long existingId) {
        Validation validation = new Validation()
                .requireText("username", input.username(), 100)
                .requirePattern("username", input.username(), USERNAME, "validation.username-format")
                .requireText("displayName", input.displayName(), 200)
                .requireText("email", input.email(), 254)
                .requirePattern("email", input.email(), EMAIL, "validation.email-format")
                .requirePresent("organisationId", input.organisationId())
                .check(!input.roles().isEmpty(), "roles", "validation.required");
        if (existingId == null || !isBlank(input.newPassword())) {
            validation.check(input.newPassword() != null && input.newPassword().length() >= MIN_PASSWORD_LENGTH,
                    "newPassword", "validation.password-too-short", MIN_PASSWORD_LENGTH);
            validation.optionalText("newPassword", input.newPassword(), 200);
        }
        if (!validation.hasProblemWith("username") && users.usernameTaken(input.username(), existingId)) {
            validation.add("username", "validation.username-taken");
        }
        if (input.organisationId() != null && organisations.visibleToCurrentUser().stream()
                .noneMatch(organisation -> organisation.id() == input.organisationId())) {
            validation.add("organisationId", "validation.organisation-unknown");
        }
        validation.throwIfInvalid();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
