package org.tablero.organisation;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tablero.audit.AuditTrail;
import org.tablero.common.ConcurrentEditException;
import org.tablero.common.NotFoundException;
import org.tablero.common.Validation;
import org.tablero.identity.CurrentUser;

/** The organisation tree. Everybody signed in sees their own subtree; administrators change it. */
@Service
public class OrganisationService {

    static final Pattern CODE = Pattern.compile("[A-Z0-9]+(-[A-Z0-9]+)*");
    private static final String AUDIT_TYPE = "ORGANISATION";

    private final OrganisationRepository organisations;
    private final AuditTrail audit;

    OrganisationService(OrganisationRepository organisations, AuditTrail audit) {
        this.organisations = organisations;
        this.audit = audit;
    }

    /** The current user's organisation and everything below it, parents before children. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Organisation> visibleToCurrentUser() {
        return organisations.subtree(CurrentUser.get().organisationPath());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Organisation get(long id) {
        Organisation organisation = organisations.find(id).orElseThrow(() -> new NotFoundException(AUDIT_TYPE, id));
        requireVisible(organisation);
        return organisation;
    }

    /**
     * Creates the root of an empty tree, for the first start of a new deployment; does nothing once
     * any organisation exists, so it needs no signed-in user.
     */
    @Transactional
    public Organisation createFirstRoot(String code, String name) {
        if (organisations.any()) {
            throw new IllegalStateException("The organisation tree already has a root");
        }
        OrganisationInput input = new OrganisationInput(code, name, OrganisationLevel.CENTRAL, null);
        long id = organisations.insert(input, "/", Instant.now());
        Organisation root = organisations.find(id).orElseThrow();
        audit.record(AUDIT_TYPE, id, "CREATE", null, root);
        return root;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Organisation create(OrganisationInput input) {
        String parentPath = validate(input, null);
        long id = organisations.insert(input, parentPath, Instant.now());
        Organisation created = organisations.find(id).orElseThrow();
        audit.record(AUDIT_TYPE, id, "CREATE", null, created);
        return created;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Organisation update(long id, int expectedVersion, OrganisationInput input) {
        Organisation before = get(id);
        String parentPath = validate(input, before);
        if (!organisations.update(id, expectedVersion, input, Instant.now())) {
            throw new ConcurrentEditException(AUDIT_TYPE, id);
        }
        String newPath = parentPath + id + "/";
        if (!newPath.equals(before.path())) {
            organisations.movePaths(before.path(), newPath);
        }
        Organisation after = organisations.find(id).orElseThrow();
        audit.record(AUDIT_TYPE, id, "UPDATE", before, after);
        return after;
    }

    /** @return the path of the new parent ("/" for a root) */
    private String validate(OrganisationInput input, Organisation existing) {
        Validation validation = new Validation()
                .requireText("code", input.code(), 40)
                .requirePattern("code", input.code(), CODE, "validation.code-format")
                .requireText("name", input.name(), 200)
                .requirePresent("level", input.level());
        if (!validation.hasProblemWith("code")
                && organisations.codeTaken(input.code(), existing == null ? null : existing.id())) {
            validation.add("code", "validation.code-taken");
        }
        String parentPath = "/";
        if (input.parentId() == null) {
            // a new root of the tree may only come from an administrator of a root organisation
            validation.check(isRootPath(CurrentUser.get().organisationPath()), "parentId",
                    "validation.organisation-unknown");
        } else {
            Organisation parent = organisations.find(input.parentId())
                    .filter(candidate -> CurrentUser.get().canSee(candidate.path()))
                    .orElse(null);
            validation.check(parent != null, "parentId", "validation.organisation-unknown");
            if (parent != null) {
                parentPath = parent.path();
                validation.check(existing == null || !parent.path().startsWith(existing.path()),
                        "parentId", "validation.organisation-cycle");
            }
        }
        validation.throwIfInvalid();
        return parentPath;
    }

    private static boolean isRootPath(String path) {
        return path.chars().filter(c -> c == '/').count() == 2;
    }

    private static void requireVisible(Organisation organisation) {
        if (!CurrentUser.get().canSee(organisation.path())) {
            throw new AccessDeniedException("Organisation " + organisation.id() + " is outside your organisation");
        }
    }
}
