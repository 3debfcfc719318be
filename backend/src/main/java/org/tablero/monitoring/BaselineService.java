package org.tablero.monitoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tablero.approval.ReviewAspect;
import org.tablero.approval.StatusListener;
import org.tablero.approval.Verdict;
import org.tablero.audit.AuditTrail;
import org.tablero.common.FieldProblem;
import org.tablero.common.InvalidInputException;
import org.tablero.common.NotFoundException;
import org.tablero.common.Validation;
import org.tablero.identity.CurrentUser;
import org.tablero.identity.TableroUser;
import org.tablero.project.Project;
import org.tablero.project.ProjectService;
import org.tablero.project.ProjectStatus;

/**
 * The approved plan and its changes (domain.md, "Rebaseline"). Baseline 1 is fixed when a project is approved;
 * during execution a change within the tolerance becomes the next baseline at once, a change beyond it is a change
 * request reviewed by the digital authority (schedule and risk) and the budget office (cost). Both must endorse;
 * any other verdict rejects it. Old baselines stay in the history and their number is public.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class BaselineService implements StatusListener {

    /** The aspects a change request's round needs, each from its own reviewer. */
    static final Set<ReviewAspect> CHANGE_ASPECTS = EnumSet.of(ReviewAspect.STANDARDS_AND_RISK,
            ReviewAspect.VALUE_AND_COST);
    private static final Set<ProjectStatus> REBASELINED = EnumSet.of(ProjectStatus.IN_EXECUTION,
            ProjectStatus.ON_HOLD);

    private final ProjectService projects;
    private final BaselineRepository baselines;
    private final AuditTrail audit;
    private final MonitoringProperties properties;

    BaselineService(ProjectService projects, BaselineRepository baselines, AuditTrail audit,
            MonitoringProperties properties) {
        this.projects = projects;
        this.baselines = baselines;
        this.audit = audit;
        this.properties = properties;
    }

    /** Fixes baseline 1 at approval and notes the day execution starts, in the transaction of the move. */
    @Override
    public void statusChanged(Project project, ProjectStatus to, Instant at) {
        if (to == ProjectStatus.APPROVED && baselines.currentBaseline(project.id()).isEmpty()) {
            Baseline first = baselines.fix(project.id(), project.lifecycleCost(), project.plannedStart(),
                    project.plannedEnd(), null, null, at);
            audit.record(ProjectService.AUDIT_TYPE, project.id(), "BASELINE_FIXED", null, Map.of("baseline", 1,
                    "cost", first.cost(), "start", first.start().toString(), "end", first.end().toString()));
        } else if (to == ProjectStatus.IN_EXECUTION) {
            baselines.markExecutionStarted(project.id(), at.atZone(ZoneOffset.UTC).toLocalDate());
        }
    }

    /** Oldest first. */
    @Transactional(readOnly = true)
    public List<Baseline> baselines(long projectId) {
        projects.get(projectId);
        return baselines.baselinesOf(projectId);
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public List<ChangeRequest> changeRequests(long projectId) {
        projects.get(projectId);
        return baselines.changeRequestsOf(projectId);
    }

    /** The owner proposes a new baseline cost and end date with a reason. */
    @PreAuthorize("hasRole('AGENCY_OFFICER')")
    @Transactional
    public RebaselineOutcome rebaseline(long projectId, RebaselineInput input) {
        Project project = projects.get(projectId);
        Validation validation = new Validation().requirePresent("cost", input.cost())
                .requirePresent("end", input.end()).requireText("reason", input.reason(), ReportRules.MAX_TEXT);
        if (input.cost() != null) {
            validation.check(input.cost().signum() >= 0, "cost", "report.negative");
        }
        validation.throwIfInvalid();
        if (!REBASELINED.contains(projects.lockForChange(projectId))) {
            throw refused("cost", "rebaseline.not-in-execution");
        }
        Baseline current = baselines.currentBaseline(projectId)
                .orElseThrow(() -> new AccessDeniedException("project " + project.code() + " has no baseline"));
        if (!input.end().isAfter(current.start())) {
            throw refused("end", "rebaseline.end-before-start");
        }
        if (input.cost().compareTo(current.cost()) == 0 && input.end().equals(current.end())) {
            throw refused("cost", "rebaseline.no-change");
        }
        if (baselines.changeRequestsOf(projectId).stream().anyMatch(r -> r.status() == ChangeRequestStatus.OPEN)) {
            throw refused("cost", "rebaseline.request-open");
        }
        Instant now = Instant.now();
        if (RebaselineRules.withinTolerance(current, input, properties.rebaselineTolerance())) {
            Baseline next = fix(projectId, current, input.cost(), input.end(), input.reason().strip(), now);
            return new RebaselineOutcome(next, null);
        }
        long id = baselines.openChangeRequest(projectId, input, CurrentUser.get().id(), now);
        audit.record(ProjectService.AUDIT_TYPE, projectId, "CHANGE_REQUEST_OPEN", baselineFigures(current),
                Map.of("changeRequest", id, "cost", input.cost(), "end", input.end().toString(),
                        "reason", input.reason().strip()));
        return new RebaselineOutcome(null, baselines.changeRequest(id).orElseThrow());
    }

    /** The aspect of an open change request the current user would review now, if any. */
    @Transactional(readOnly = true)
    public Optional<ReviewAspect> aspectToReview(long changeRequestId) {
        ChangeRequest request = changeRequest(changeRequestId);
        if (request.status() != ChangeRequestStatus.OPEN || projects.isOwnedByCurrentUser(request.projectId())) {
            return Optional.empty();
        }
        Map<ReviewAspect, Long> reviewers = baselines.reviewersOf(changeRequestId);
        TableroUser user = CurrentUser.get();
        if (reviewers.containsValue(user.id())) {
            return Optional.empty();
        }
        return CHANGE_ASPECTS.stream().filter(aspect -> user.hasRole(aspect.reviewer()))
                .filter(aspect -> !reviewers.containsKey(aspect)).findFirst();
    }

    /** A verdict on an open change request; the second endorsement fixes the new baseline. */
    @PreAuthorize("hasAnyRole('DIGITAL_AUTHORITY', 'BUDGET_OFFICE')")
    @Transactional
    public ChangeRequest review(long changeRequestId, Verdict verdict, String rationale) {
        new Validation().requirePresent("verdict", verdict)
                .requireText("rationale", rationale, ReportRules.MAX_TEXT).throwIfInvalid();
        ChangeRequest request = changeRequest(changeRequestId);
        if (baselines.lockChangeRequest(changeRequestId).orElseThrow() != ChangeRequestStatus.OPEN) {
            throw refused("verdict", "rebaseline.request-closed");
        }
        ReviewAspect aspect = aspectToReview(changeRequestId).orElseThrow(() -> new AccessDeniedException(
                "the current user has no verdict left to give on change request " + changeRequestId));
        Instant now = Instant.now();
        baselines.addReview(changeRequestId, aspect, verdict, rationale.strip(), CurrentUser.get().id(), now);
        audit.record(ProjectService.AUDIT_TYPE, request.projectId(), "CHANGE_REQUEST_REVIEW_" + verdict.name(), null,
                Map.of("changeRequest", changeRequestId, "aspect", aspect, "rationale", rationale.strip()));
        Map<ReviewAspect, Long> reviewers = baselines.reviewersOf(changeRequestId);
        if (verdict != Verdict.ENDORSE) {
            baselines.closeChangeRequest(changeRequestId, ChangeRequestStatus.REJECTED, null, now);
            audit.record(ProjectService.AUDIT_TYPE, request.projectId(), "CHANGE_REQUEST_REJECTED", null,
                    Map.of("changeRequest", changeRequestId));
        } else if (reviewers.keySet().containsAll(CHANGE_ASPECTS)) {
            projects.lockForChange(request.projectId());
            Baseline current = baselines.currentBaseline(request.projectId()).orElseThrow();
            Baseline next = fix(request.projectId(), current, request.proposedCost(), request.proposedEnd(),
                    request.reason(), now);
            baselines.closeChangeRequest(changeRequestId, ChangeRequestStatus.APPROVED, next.id(), now);
        }
        return baselines.changeRequest(changeRequestId).orElseThrow();
    }

    private ChangeRequest changeRequest(long changeRequestId) {
        ChangeRequest request = baselines.changeRequest(changeRequestId)
                .orElseThrow(() -> new NotFoundException("CHANGE_REQUEST", changeRequestId));
        projects.get(request.projectId());
        return request;
    }

    private Baseline fix(long projectId, Baseline current, BigDecimal cost, LocalDate end, String reason,
            Instant now) {
        Baseline next = baselines.fix(projectId, cost, current.start(), end, reason, CurrentUser.get().id(), now);
        audit.record(ProjectService.AUDIT_TYPE, projectId, "REBASELINE", baselineFigures(current),
                baselineFigures(next));
        return next;
    }

    private static Map<String, Object> baselineFigures(Baseline baseline) {
        return Map.of("baseline", baseline.number(), "cost", baseline.cost(), "end", baseline.end().toString());
    }

    private static InvalidInputException refused(String field, String messageKey) {
        return new InvalidInputException(FieldProblem.of(field, messageKey));
    }
}
