package org.tablero.project;

import java.time.Instant;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tablero.audit.AuditEvent;
import org.tablero.audit.AuditTrail;
import org.tablero.common.ConcurrentEditException;
import org.tablero.common.NotFoundException;
import org.tablero.common.Validation;
import org.tablero.identity.CurrentUser;
import org.tablero.identity.Role;
import org.tablero.identity.TableroUser;
import org.tablero.organisation.Organisation;
import org.tablero.organisation.OrganisationService;
import org.tablero.organisation.OrganisationTree;

/**
 * The project register. Every query is limited to the current user's organisation subtree, so a
 * project of another organisation is never returned, whatever id or filter is asked for.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ProjectService {

    public static final String AUDIT_TYPE = "PROJECT";

    private final ProjectRepository projects;
    private final OrganisationService organisations;
    private final AuditTrail audit;
    private final TierThreshold tierThreshold;
    private final OrganisationTree tree;

    ProjectService(ProjectRepository projects, OrganisationService organisations, AuditTrail audit,
            TierThreshold tierThreshold, OrganisationTree tree) {
        this.projects = projects;
        this.organisations = organisations;
        this.audit = audit;
        this.tierThreshold = tierThreshold;
        this.tree = tree;
    }

    @Transactional(readOnly = true)
    public List<ProjectSummary> page(ProjectFilter filter, ProjectSort sort, boolean ascending, int offset,
            int limit) {
        return projects.page(scoped(filter), sort, ascending, offset, limit);
    }

    @Transactional(readOnly = true)
    public int count(ProjectFilter filter) {
        return projects.count(scoped(filter));
    }

    @Transactional(readOnly = true)
    public Project get(long id) {
        requireVisible(id);
        return projects.find(id).orElseThrow();
    }

    /** The audit trail of a project, newest first. */
    @Transactional(readOnly = true)
    public List<AuditEvent> history(long id) {
        requireVisible(id);
        return audit.eventsOf(AUDIT_TYPE, id);
    }

    /**
     * Locks the project until the caller's transaction ends, so that a change of one of its parts and a
     * change of its status (a submission, say) happen one after the other; returns the status as it is now.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public ProjectStatus lockForChange(long projectId) {
        requireVisible(projectId);
        return projects.lockStatus(projectId);
    }

    /** Whether the current user owns this project: owners never judge their own project. */
    @Transactional(readOnly = true)
    public boolean isOwnedByCurrentUser(long projectId) {
        requireVisible(projectId);
        return projects.isOwner(projectId, CurrentUser.get().id());
    }

    /** Whether the current user may change this project's register entry now. */
    public boolean canEdit(Project project) {
        TableroUser user = CurrentUser.get();
        return user.hasRole(Role.AGENCY_OFFICER) && project.status().isEditable();
    }

    @PreAuthorize("hasRole('AGENCY_OFFICER')")
    @Transactional
    public Project create(ProjectInput input) {
        validate(input, null);
        long id = projects.insert(input, ProjectStatus.DRAFT, rules().tierOf(input), CurrentUser.get().id(),
                Instant.now());
        Project created = projects.find(id).orElseThrow();
        audit.record(AUDIT_TYPE, id, "CREATE", null, created);
        return created;
    }

    @PreAuthorize("hasRole('AGENCY_OFFICER')")
    @Transactional
    public Project update(long id, int expectedVersion, ProjectInput input) {
        Project before = get(id);
        if (!before.status().isEditable()) {
            throw new AccessDeniedException("Project " + before.code() + " is " + before.status()
                    + " and can no longer be edited in the register");
        }
        validate(input, id);
        if (!projects.update(id, expectedVersion, input, rules().tierOf(input), Instant.now())) {
            throw new ConcurrentEditException(AUDIT_TYPE, id);
        }
        Project after = projects.find(id).orElseThrow();
        audit.record(AUDIT_TYPE, id, "UPDATE", before, after);
        return after;
    }

    /** A free code for a new project of the organisation, e.g. {@code MIN-SALUD-2026-014}. */
    @Transactional(readOnly = true)
    public String suggestCode(long organisationId) {
        String prefix = organisations.get(organisationId).code() + "-" + Year.now().getValue() + "-";
        int next = projects.codesStartingWith(prefix).stream()
                .map(code -> code.substring(prefix.length()))
                .filter(rest -> rest.matches("\\d{1,6}"))
                .mapToInt(Integer::parseInt)
                .max().orElse(0) + 1;
        return prefix + String.format("%03d", next);
    }

    private void validate(ProjectInput input, Long existingId) {
        Validation validation = rules().validate(input);
        if (!validation.hasProblemWith("code") && projects.codeTaken(input.code(), existingId)) {
            validation.add("code", "validation.code-taken");
        }
        if (input.organisationId() != null && organisations.visibleToCurrentUser().stream()
                .map(Organisation::id).noneMatch(input.organisationId()::equals)) {
            validation.add("organisationId", "validation.organisation-unknown");
        }
        validation.throwIfInvalid();
    }

    private ProjectRules rules() {
        return new ProjectRules(tierThreshold.current());
    }

    private void requireVisible(long id) {
        String path = projects.organisationPathOf(id).orElseThrow(() -> new NotFoundException(AUDIT_TYPE, id));
        if (!CurrentUser.get().canSee(path)) {
            throw new AccessDeniedException("Project " + id + " belongs to another organisation");
        }
    }

    private Condition scoped(ProjectFilter filter) {
        String organisationPath = filter.organisationId() == null ? null
                : organisations.get(filter.organisationId()).path();
        return ProjectRepository.filter(organisationIds(CurrentUser.get().organisationPath(), organisationPath),
                filter);
    }

    /**
     * The organisations of the user's subtree and of the filter's, from the tree kept in memory; empty when that
     * is every organisation, so that a national register page reads the project table alone, in the index of its
     * order, rather than joining every project to its organisation (docs/performance.md).
     */
    private Optional<List<Long>> organisationIds(String userPath, @Nullable String filterPath) {
        List<OrganisationTree.Node> all = tree.get().nodes();
        List<Long> ids = all.stream()
                .filter(node -> node.path().startsWith(userPath)
                        && (filterPath == null || node.path().startsWith(filterPath)))
                .map(OrganisationTree.Node::id)
                .toList();
        return ids.size() == all.size() ? Optional.empty() : Optional.of(ids);
    }
}
