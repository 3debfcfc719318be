package org.tablero.assessment.value;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tablero.audit.AuditTrail;
import org.tablero.common.ConcurrentEditException;
import org.tablero.common.FieldProblem;
import org.tablero.common.Validation;
import org.tablero.identity.CurrentUser;
import org.tablero.identity.Role;
import org.tablero.project.Project;
import org.tablero.project.ProjectService;
import org.tablero.project.ProjectStatus;

/**
 * The value proposition of each project. Whoever may see a project reads it; an agency officer edits it while
 * the project is a draft or returned. Its figures (NPV, BCR, payback year, economic score, value score) are
 * computed when it is saved and whenever the settings change, never typed. Every change is audited on the
 * project ({@link ProjectService#AUDIT_TYPE}), so it shows in the project's history.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ValuePropositionService {

    public static final String AUDIT_ACTION = "VALUE_UPDATE";

    private final ProjectService projects;
    private final ValuePropositionRepository propositions;
    private final StrategyObjectiveRepository objectives;
    private final ValueSettingsRepository settings;
    private final AuditTrail audit;

    ValuePropositionService(ProjectService projects, ValuePropositionRepository propositions,
            StrategyObjectiveRepository objectives, ValueSettingsRepository settings, AuditTrail audit) {
        this.projects = projects;
        this.propositions = propositions;
        this.objectives = objectives;
        this.settings = settings;
        this.audit = audit;
    }

    /** The project's value proposition; an empty one (version 0) if nothing was saved yet. */
    @Transactional(readOnly = true)
    public ValueProposition get(long projectId) {
        projects.get(projectId);
        return find(projectId);
    }

    /** Whether the current user may change this project's value proposition now. */
    public boolean canEdit(Project project) {
        return CurrentUser.get().hasRole(Role.AGENCY_OFFICER) && project.status().isEditable();
    }

    /**
     * Saves the whole value proposition.
     *
     * @param expectedVersion the version of the value proposition that was loaded (0 if none was saved yet)
     * @throws ConcurrentEditException when someone else saved it since
     */
    @PreAuthorize("hasRole('AGENCY_OFFICER')")
    @Transactional
    public ValueProposition save(long projectId, int expectedVersion, ValuePropositionInput input) {
        Project project = projects.get(projectId);
        ProjectStatus status = projects.lockForChange(projectId);
        if (!status.isEditable()) {
            throw new AccessDeniedException("Project " + project.code() + " is " + status
                    + " and its value proposition can no longer be edited");
        }
        validate(project, input);
        ValueProposition before = find(projectId);
        if (before.version() != expectedVersion) {
            throw new ConcurrentEditException(ProjectService.AUDIT_TYPE, projectId);
        }
        ValueRules.Computed computed = ValueRules.compute(input.years(), input.socialScore(), input.strategicScore(),
                input.environmentalScore(), settings.readLocked());
        long userId = CurrentUser.get().id();
        Instant now = Instant.now();
        if (expectedVersion == 0) {
            propositions.insert(projectId, input, computed, userId, now);
        } else if (!propositions.update(projectId, expectedVersion, input, computed, userId, now)) {
            throw new ConcurrentEditException(ProjectService.AUDIT_TYPE, projectId);
        }
        ValueProposition after = find(projectId);
        audit.record(ProjectService.AUDIT_TYPE, projectId, AUDIT_ACTION, before.version() == 0 ? null : before,
                after);
        return after;
    }

    /** What the value proposition still lacks before the project can be submitted; empty when nothing. */
    @Transactional(readOnly = true)
    public List<FieldProblem> missingForSubmission(long projectId) {
        Project project = projects.get(projectId);
        return ValueRules.missingForSubmission(find(projectId), project.plannedStart().getYear(),
                project.plannedEnd().getYear());
    }

    /**
     * The projects of the current user's organisation subtree that have a value score, highest first (ties by NPV,
     * then code).
     *
     * @param statuses the statuses of the projects ranked; all if empty
     */
    @PreAuthorize("hasAnyRole('BUDGET_OFFICE', 'ADMIN', 'DIGITAL_AUTHORITY', 'PROCUREMENT_AUTHORITY', "
            + "'STRATEGIC_BOARD')")
    @Transactional(readOnly = true)
    public List<ValueRanking> ranking(Collection<ProjectStatus> statuses, int offset, int limit) {
        return propositions.ranking(ValuePropositionRepository.ranked(CurrentUser.get().organisationPath(),
                statuses), offset, limit);
    }

    @PreAuthorize("hasAnyRole('BUDGET_OFFICE', 'ADMIN', 'DIGITAL_AUTHORITY', 'PROCUREMENT_AUTHORITY', "
            + "'STRATEGIC_BOARD')")
    @Transactional(readOnly = true)
    public int rankingCount(Collection<ProjectStatus> statuses) {
        return propositions.rankingCount(ValuePropositionRepository.ranked(CurrentUser.get().organisationPath(),
                statuses));
    }

    private void validate(Project project, ValuePropositionInput input) {
        Validation validation = ValueRules.validate(input, project.plannedStart().getYear(),
                project.plannedEnd().getYear());
        // an objective deactivated since it was linked may stay; a new link needs an active one
        Set<Long> linked = new HashSet<>(propositions.objectiveIdsOf(project.id()));
        Map<Long, StrategyObjective> known = objectives.findAll(input.objectiveIds()).stream()
                .collect(Collectors.toMap(StrategyObjective::id, Function.identity()));
        boolean allUsable = input.objectiveIds().stream().allMatch(id -> known.containsKey(id)
                && (known.get(id).active() || linked.contains(id)));
        validation.check(allUsable, "objectiveIds", "value.objective-unknown");
        validation.throwIfInvalid();
    }

    private ValueProposition find(long projectId) {
        return propositions.find(projectId).orElseGet(() -> empty(projectId));
    }

    private ValueProposition empty(long projectId) {
        ValueRules.Computed computed = ValueRules.compute(List.of(), null, null, null, settings.read());
        return new ValueProposition(projectId, List.of(), null, null, null, null, null, List.of(), null, null, null,
                null, null, null, computed.economic(), computed.economicScore(), computed.valueScore(), 0, null);
    }
}
