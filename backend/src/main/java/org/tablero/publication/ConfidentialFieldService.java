package org.tablero.publication;

import static org.tablero.db.Tables.CONFIDENTIAL_FIELD;

import java.time.Instant;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tablero.audit.AuditTrail;
import org.tablero.common.NotFoundException;
import org.tablero.common.Validation;
import org.tablero.identity.CurrentUser;
import org.tablero.project.ProjectService;

/**
 * The digital authority marks fields of a project of its subtree confidential, with the legal ground the public
 * then reads instead of the value, and unmarks them. Each change is audited on the project.
 */
@Service
@PreAuthorize("hasRole('DIGITAL_AUTHORITY')")
public class ConfidentialFieldService {

    public static final int MAX_GROUND = 1000;
    static final String ITEM_UNKNOWN = "publication.item-unknown";

    private final ConfidentialFieldRepository fields;
    private final PublicRepository marks;
    private final ProjectService projects;
    private final AuditTrail audit;

    ConfidentialFieldService(ConfidentialFieldRepository fields, PublicRepository marks, ProjectService projects,
            AuditTrail audit) {
        this.fields = fields;
        this.marks = marks;
        this.projects = projects;
        this.audit = audit;
    }

    /** The project's marked fields; for anyone who may see the project. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ConfidentialMark> marksOf(long projectId) {
        projects.get(projectId);
        return marks.marks(CONFIDENTIAL_FIELD.PROJECT_ID.eq(projectId));
    }

    /**
     * Marks a field confidential, or changes the ground of a marked one.
     *
     * @param itemId the contract, risk or progress report the field belongs to; 0 for a field of the project
     */
    @Transactional
    public ConfidentialMark mark(long projectId, ConfidentialField field, long itemId, String legalGround) {
        projects.lockForChange(projectId);
        Validation validation = new Validation().requirePresent("field", field)
                .requireText("legalGround", legalGround, MAX_GROUND);
        if (field != null) {
            validation.check(fields.itemBelongsTo(field.item(), itemId, projectId), "itemId", ITEM_UNKNOWN);
        }
        validation.throwIfInvalid();
        ConfidentialMark before = fields.find(projectId, field, itemId).orElse(null);
        long user = CurrentUser.get().id();
        if (before == null) {
            fields.insert(projectId, field, itemId, legalGround.strip(), user, Instant.now());
        } else {
            fields.update(projectId, field, itemId, legalGround.strip(), user, Instant.now());
        }
        ConfidentialMark after = fields.find(projectId, field, itemId).orElseThrow();
        audit.record(ProjectService.AUDIT_TYPE, projectId, "CONFIDENTIAL_MARK", before, after);
        return after;
    }

    /** Publishes a marked field again. */
    @Transactional
    public void unmark(long projectId, ConfidentialField field, long itemId) {
        projects.lockForChange(projectId);
        ConfidentialMark before = fields.find(projectId, field, itemId)
                .orElseThrow(() -> new NotFoundException("CONFIDENTIAL_FIELD", field + " " + itemId));
        fields.delete(projectId, field, itemId);
        audit.record(ProjectService.AUDIT_TYPE, projectId, "CONFIDENTIAL_UNMARK", before, null);
    }
}
