package org.tablero.approval;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tablero.audit.AuditTrail;
import org.tablero.common.ConcurrentEditException;
import org.tablero.common.FieldProblem;
import org.tablero.common.InvalidInputException;
import org.tablero.common.Validation;
import org.tablero.identity.CurrentUser;
import org.tablero.identity.TableroUser;
import org.tablero.project.Project;
import org.tablero.project.ProjectService;
import org.tablero.project.ProjectStatus;
import org.tablero.project.Tier;
import tools.jackson.databind.json.JsonMapper;

/**
 * The approval workflow and the rest of the lifecycle (domain.md, "Lifecycle and approval workflow").
 * Every step checks the rules of {@link WorkflowRules} here, in the service, and writes its audit event in
 * the same transaction; a refused step changes nothing and writes nothing.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ApprovalService {

    static final int MAX_RATIONALE = 4000;
    /** Owner's steps that need a stated reason. */
    private static final Set<Action> REASONED = Set.of(Action.HOLD, Action.CANCEL);
    /** Blockers that are about who the user is rather than where the project stands. */
    private static final Set<String> ACCESS_BLOCKERS = Set.of("workflow.blocked.role", "workflow.blocked.own-project",
            "workflow.blocked.second-verdict");

    private final ProjectService projects;
    private final ApprovalRepository approvals;
    private final AuditTrail audit;
    private final List<SubmissionCheck> submissionChecks;
    private final List<EndorsementGate> endorsementGates;
    private final List<TierRule> tierRules;
    private final List<AssessmentRecord> records;
    private final List<StatusListener> statusListeners;
    private final JsonMapper json;

    ApprovalService(ProjectService projects, ApprovalRepository approvals, AuditTrail audit,
            List<SubmissionCheck> submissionChecks, List<EndorsementGate> endorsementGates,
            List<TierRule> tierRules, List<AssessmentRecord> records, List<StatusListener> statusListeners,
            JsonMapper json) {
        this.projects = projects;
        this.approvals = approvals;
        this.audit = audit;
        this.submissionChecks = submissionChecks;
        this.endorsementGates = endorsementGates;
        this.tierRules = tierRules;
        this.records = records;
        this.statusListeners = statusListeners;
        this.json = json;
    }

    /** What the assessments still lack before the project can be submitted; empty when it can be. */
    @Transactional(readOnly = true)
    public List<FieldProblem> missingForSubmission(long projectId) {
        Project project = projects.get(projectId);
        return submissionChecks.stream().flatMap(check -> check.missingForSubmission(project).stream()).toList();
    }

    /** What keeps this aspect from being endorsed now; empty when nothing does. */
    @Transactional(readOnly = true)
    public List<String> endorsementBlockers(long projectId, ReviewAspect aspect) {
        Project project = projects.get(projectId);
        return endorsementGates.stream().flatMap(gate -> gate.blockersForEndorsement(project, aspect).stream())
                .toList();
    }

    /** Submits a draft, or resubmits a returned project, opening a new review round. */
    @Transactional
    public Project submit(long projectId) {
        Project project = projects.get(projectId);
        refuseIfBlocked(Action.SUBMIT, null, project, Map.of());
        List<FieldProblem> missing = missingForSubmission(projectId);
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
        }
        Instant now = Instant.now();
        move(project, ProjectStatus.IN_REVIEW, now);
        Tier tier = tierRules.stream().anyMatch(rule -> rule.requiresStrategicTier(project)) ? Tier.STRATEGIC
                : project.tier();
        long round = approvals.openRound(projectId, tier, CurrentUser.get().id(), now, judged(project));
        approvals.addStep(projectId, Action.SUBMIT, project.status(), ProjectStatus.IN_REVIEW, null,
                CurrentUser.get().id(), now);
        audit.record(ProjectService.AUDIT_TYPE, projectId, "SUBMIT", Map.of("status", project.status()),
                Map.of("status", ProjectStatus.IN_REVIEW, "round", round));
        return projects.get(projectId);
    }

    /**
     * Gives the current user's verdict on one aspect of the open round. When it is the last of the three,
     * the round closes and the project moves on (see {@link RoundOutcome}).
     */
    @Transactional
    public Project review(long projectId, ReviewAspect aspect, Verdict verdict, String rationale) {
        Project project = projects.get(projectId);
        new Validation().requirePresent("aspect", aspect).requirePresent("verdict", verdict)
                .requireText("rationale", rationale, MAX_RATIONALE).throwIfInvalid();
        Optional<Long> openRound = approvals.openRoundOf(projectId);
        refuseIfBlocked(Action.REVIEW, aspect, project, openRound.map(approvals::reviewersOf).orElse(Map.of()));
        long round = openRound.orElseThrow(() -> new StepRefusedException(Action.REVIEW,
                List.of("workflow.blocked.status")));
        if (verdict == Verdict.ENDORSE) {
            List<String> gates = endorsementBlockers(projectId, aspect);
            if (!gates.isEmpty()) {
                throw new StepRefusedException(Action.REVIEW, gates);
            }
        }
        Instant now = Instant.now();
        approvals.addReview(round, aspect, verdict, rationale.strip(), CurrentUser.get().id(), now);
        audit.record(ProjectService.AUDIT_TYPE, projectId, "REVIEW_" + verdict.name(), null,
                Map.of("round", round, "aspect", aspect, "verdict", verdict, "rationale", rationale.strip()));
        Map<ReviewAspect, Verdict> verdicts = new EnumMap<>(approvals.verdictsOf(round));
        RoundOutcome.of(verdicts, approvals.tierOfRound(round)).ifPresent(outcome -> {
            approvals.closeRound(round, outcome, now);
            move(project, outcome, now);
            audit.record(ProjectService.AUDIT_TYPE, projectId, "ROUND_CLOSED", Map.of("status", project.status()),
                    Map.of("status", outcome, "round", round, "verdicts", verdicts));
        });
        return projects.get(projectId);
    }

    /** The strategic board approves or rejects a project waiting for it, with its rationale. */
    @Transactional
    public Project decide(long projectId, boolean approve, String rationale) {
        return step(projectId, approve ? Action.BOARD_APPROVE : Action.BOARD_REJECT, rationale, true);
    }

    /** An owner's step: start, hold, resume, close or cancel (hold and cancel need a reason). */
    @Transactional
    public Project ownerStep(long projectId, Action action, String reason) {
        if (!action.isOwners() || action == Action.SUBMIT) {
            throw new IllegalArgumentException(action + " is not an owner's step of its own");
        }
        return step(projectId, action, reason, REASONED.contains(action));
    }

    /** Every round of the project with its verdicts, oldest first. */
    @Transactional(readOnly = true)
    public List<ReviewRound> rounds(long projectId) {
        projects.get(projectId);
        return approvals.roundsOf(projectId);
    }

    /** Every submission, board decision and owner's step, oldest first. */
    @Transactional(readOnly = true)
    public List<LifecycleStep> steps(long projectId) {
        projects.get(projectId);
        return approvals.stepsOf(projectId);
    }

    /**
     * What blocks the current user from each step on this project; an empty list means it can be taken. A
     * review is judged for the aspect the user's role reviews that is still open in the round.
     */
    @Transactional(readOnly = true)
    public Map<Action, List<String>> blockers(long projectId) {
        Project project = projects.get(projectId);
        Map<ReviewAspect, Long> reviewers = approvals.openRoundOf(projectId).map(approvals::reviewersOf)
                .orElse(Map.of());
        Actor actor = actor(project);
        ReviewAspect aspect = reviewableAspect(actor, reviewers);
        Map<Action, List<String>> blockers = new EnumMap<>(Action.class);
        for (Action action : Action.values()) {
            blockers.put(action, WorkflowRules.blockers(action, aspect, project.status(), actor, reviewers));
        }
        return blockers;
    }

    /** The aspect of the open round the current user would review now, if any. */
    @Transactional(readOnly = true)
    public Optional<ReviewAspect> aspectToReview(long projectId) {
        Project project = projects.get(projectId);
        Map<ReviewAspect, Long> reviewers = approvals.openRoundOf(projectId).map(approvals::reviewersOf)
                .orElse(Map.of());
        Actor actor = actor(project);
        ReviewAspect aspect = reviewableAspect(actor, reviewers);
        return WorkflowRules.blockers(Action.REVIEW, aspect, project.status(), actor, reviewers).isEmpty()
                ? Optional.of(aspect) : Optional.empty();
    }

    /** The project's assessments as they stand, to be kept with the round that judges them. */
    private String judged(Project project) {
        Map<String, Object> parts = new TreeMap<>();
        records.forEach(record -> parts.put(record.part(), record.currentState(project)));
        return json.writeValueAsString(parts);
    }

    /** The aspect the user would review now: one of their roles, preferably not yet reviewed. */
    static ReviewAspect reviewableAspect(Actor actor, Map<ReviewAspect, Long> reviewers) {
        List<ReviewAspect> ofTheirRoles = Arrays.stream(ReviewAspect.values())
                .filter(aspect -> actor.roles().contains(aspect.reviewer())).toList();
        return ofTheirRoles.stream().filter(aspect -> !reviewers.containsKey(aspect)).findFirst()
                .orElse(ofTheirRoles.isEmpty() ? null : ofTheirRoles.getFirst());
    }

    private Project step(long projectId, Action action, String rationale, boolean rationaleRequired) {
        Project project = projects.get(projectId);
        Validation validation = new Validation();
        if (rationaleRequired) {
            validation.requireText("rationale", rationale, MAX_RATIONALE);
        } else {
            validation.optionalText("rationale", rationale, MAX_RATIONALE);
        }
        validation.throwIfInvalid();
        refuseIfBlocked(action, null, project, Map.of());
        Instant now = Instant.now();
        String reason = rationale == null || rationale.isBlank() ? null : rationale.strip();
        move(project, action.target(), now);
        approvals.addStep(projectId, action, project.status(), action.target(), reason, CurrentUser.get().id(), now);
        audit.record(ProjectService.AUDIT_TYPE, projectId, action.name(), Map.of("status", project.status()),
                reason == null ? Map.of("status", action.target())
                        : Map.of("status", action.target(), "rationale", reason));
        return projects.get(projectId);
    }

    private void refuseIfBlocked(Action action, ReviewAspect aspect, Project project,
            Map<ReviewAspect, Long> reviewersOfRound) {
        List<String> blockers = WorkflowRules.blockers(action, aspect, project.status(), actor(project),
                reviewersOfRound);
        if (blockers.stream().anyMatch(ACCESS_BLOCKERS::contains)) {
            throw new AccessDeniedException(action + " on project " + project.code() + " refused: " + blockers);
        }
        if (!blockers.isEmpty()) {
            throw new StepRefusedException(action, blockers);
        }
    }

    private Actor actor(Project project) {
        TableroUser user = CurrentUser.get();
        return new Actor(user.id(), user.roles(), approvals.isOwner(project.id(), user.id()));
    }

    private void move(Project project, ProjectStatus to, Instant now) {
        if (!approvals.moveStatus(project.id(), project.status(), to, now)) {
            throw new ConcurrentEditException(ProjectService.AUDIT_TYPE, project.id());
        }
        statusListeners.forEach(listener -> listener.statusChanged(project, to, now));
    }
}
