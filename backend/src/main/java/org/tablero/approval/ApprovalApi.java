package org.tablero.approval;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.tablero.common.FieldProblem;
import org.tablero.common.InvalidInputException;
import org.tablero.project.Project;

/** The approval workflow for agency systems and reviewers' tools: the same rules as in the UI. */
@RestController
@Tag(name = "Approval workflow", description = "Submission, reviews, board decisions and the lifecycle")
class ApprovalApi {

    /** A verdict on one aspect of the open round. */
    record ReviewRequest(ReviewAspect aspect, Verdict verdict, String rationale) {}

    /** The strategic board's decision. */
    record DecisionRequest(boolean approve, String rationale) {}

    /** An owner's step: START, HOLD, RESUME, CLOSE or CANCEL (HOLD and CANCEL need a reason). */
    record StepRequest(Action action, String reason) {}

    private final ApprovalService approvals;
    private final ReviewQueue queue;

    ApprovalApi(ApprovalService approvals, ReviewQueue queue) {
        this.approvals = approvals;
        this.queue = queue;
    }

    @PostMapping("/api/v1/projects/{id}/submit")
    @Operation(summary = "Submit a draft or resubmit a returned project: opens a review round")
    Project submit(@PathVariable long id) {
        return approvals.submit(id);
    }

    @GetMapping("/api/v1/projects/{id}/missing-for-submission")
    @Operation(summary = "What the assessments still lack before the project can be submitted")
    List<FieldProblem> missing(@PathVariable long id) {
        return approvals.missingForSubmission(id);
    }

    @PostMapping("/api/v1/projects/{id}/reviews")
    @Operation(summary = "Give a verdict, with its rationale, on one aspect of the open round")
    Project review(@PathVariable long id, @RequestBody ReviewRequest request) {
        return approvals.review(id, request.aspect(), request.verdict(), request.rationale());
    }

    @PostMapping("/api/v1/projects/{id}/board-decision")
    @Operation(summary = "The strategic board approves or rejects, with its rationale")
    Project decide(@PathVariable long id, @RequestBody DecisionRequest request) {
        return approvals.decide(id, request.approve(), request.rationale());
    }

    @PostMapping("/api/v1/projects/{id}/steps")
    @Operation(summary = "Start, hold, resume, close or cancel a project")
    Project step(@PathVariable long id, @RequestBody StepRequest request) {
        if (request.action() == null) {
            throw new InvalidInputException(FieldProblem.of("action", "validation.required"));
        }
        return approvals.ownerStep(id, request.action(), request.reason());
    }

    @GetMapping("/api/v1/projects/{id}/rounds")
    @Operation(summary = "Every review round with its verdicts, oldest first")
    List<ReviewRound> rounds(@PathVariable long id) {
        return approvals.rounds(id);
    }

    @GetMapping("/api/v1/projects/{id}/steps")
    @Operation(summary = "Every submission, decision and lifecycle step, oldest first")
    List<LifecycleStep> steps(@PathVariable long id) {
        return approvals.steps(id);
    }

    @GetMapping("/api/v1/projects/{id}/actions")
    @Operation(summary = "For each step, what keeps the caller from taking it now (empty: it can be taken)")
    Map<Action, List<String>> actions(@PathVariable long id) {
        return approvals.blockers(id);
    }

    @GetMapping("/api/v1/reviews/waiting")
    @Operation(summary = "Projects waiting for the caller's review or board decision, oldest first")
    List<QueueItem> waiting() {
        return queue.waitingForCurrentUser();
    }
}
