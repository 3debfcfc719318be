package org.tablero.assessment.standards;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tablero.audit.AuditTrail;
import org.tablero.common.ConcurrentEditException;
import org.tablero.common.NotFoundException;
import org.tablero.identity.CurrentUser;
import org.tablero.identity.Role;
import org.tablero.identity.TableroUser;

/**
 * The catalogue of digital standards, kept by the digital authority (and administrators). Publishing creates
 * a new version with its own standards; a published version, and every assessment made against it, never
 * changes.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class StandardsCatalogueService {

    public static final String AUDIT_TYPE = "STANDARD_CATALOGUE";

    private final CatalogueRepository catalogues;
    private final AuditTrail audit;

    StandardsCatalogueService(CatalogueRepository catalogues, AuditTrail audit) {
        this.catalogues = catalogues;
        this.audit = audit;
    }

    /** Every published version, newest (the current one) first. */
    @Transactional(readOnly = true)
    public List<CatalogueVersion> versions() {
        return catalogues.versions();
    }

    /** The current version with its standards: what a project not yet self-assessed is assessed against. */
    @Transactional(readOnly = true)
    public Catalogue current() {
        return catalogues.catalogue(catalogues.current());
    }

    /** The current version's standards, in their order. */
    @Transactional(readOnly = true)
    public List<Standard> currentStandards() {
        return current().standards();
    }

    @Transactional(readOnly = true)
    public Catalogue catalogue(int number) {
        return catalogues.catalogue(catalogues.byNumber(number)
                .orElseThrow(() -> new NotFoundException(AUDIT_TYPE, number)));
    }

    /** Whether the current user may publish a new version: see {@link #publish}. */
    public boolean canPublish() {
        TableroUser user = CurrentUser.get();
        return (user.hasRole(Role.DIGITAL_AUTHORITY)
                || user.hasRole(Role.ADMIN)) && isRootPath(user.organisationPath());
    }

    /**
     * Publishes the next version of the catalogue: typically the current version's standards (see
     * {@link Standard#toInput()}) edited. Only a digital authority or administrator of a root organisation (a
     * national one) may, since the catalogue applies to every project.
     *
     * @param basedOnNumber the number of the current version the edit started from; when someone published
     *     another version since, the publication is refused ({@link ConcurrentEditException})
     * @param note what changed and why (required)
     * @param standards the standards of the new version in their order (at least one; unique codes)
     */
    @PreAuthorize("hasAnyRole('DIGITAL_AUTHORITY', 'ADMIN')")
    @Transactional
    public Catalogue publish(int basedOnNumber, String note, List<StandardInput> standards) {
        if (!canPublish()) {
            throw new AccessDeniedException("Only a national digital authority or administrator publishes the"
                    + " standards catalogue");
        }
        ComplianceRules.validateCatalogue(note, standards).throwIfInvalid();
        CatalogueVersion current = catalogues.current();
        if (current.number() != basedOnNumber) {
            throw new ConcurrentEditException(AUDIT_TYPE, current.id());
        }
        long id;
        try {
            id = catalogues.insert(current.number() + 1, Instant.now(), CurrentUser.get().id(), note.strip(),
                    standards);
        } catch (DataIntegrityViolationException | IntegrityConstraintViolationException published) {
            // another version with the same number was published at the same moment
            throw new ConcurrentEditException(AUDIT_TYPE, current.id());
        }
        Catalogue published = catalogues.catalogue(catalogues.byId(id).orElseThrow());
        audit.record(AUDIT_TYPE, id, "PUBLISH", Map.of("number", current.number()),
                Map.of("number", published.version().number(), "note", published.version().note(),
                        "standards", published.standards()));
        return published;
    }

    private static boolean isRootPath(String path) {
        return path.chars().filter(c -> c == '/').count() == 2;
    }
}
