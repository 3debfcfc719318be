package org.tablero.monitoring;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.tablero.approval.Verdict;

/**
 * Delivery monitoring for agency systems: an agency pushes its monthly reports here, the digital authority its
 * ratings, and the reviewers their verdicts on rebaseline change requests.
 */
@RestController
@Tag(name = "Delivery monitoring", description = "Baselines, monthly progress reports, ratings and rebaselines")
class MonitoringApi {

    private final DeliveryService delivery;
    private final ProgressReportService reports;
    private final MilestoneService milestones;
    private final BaselineService baselines;
    private final RatingService ratings;

    MonitoringApi(DeliveryService delivery, ProgressReportService reports, MilestoneService milestones,
            BaselineService baselines, RatingService ratings) {
        this.delivery = delivery;
        this.reports = reports;
        this.milestones = milestones;
        this.baselines = baselines;
        this.ratings = ratings;
    }

    /** A correction of a submitted month, with its reason. */
    record ReportCorrection(ProgressReportInput report, String reason) {
    }

    /** The digital authority's rating, 5 low risk … 1 high risk. */
    record RatingInput(int rating, String comment) {
    }

    /** A verdict on a change request. */
    record VerdictInput(Verdict verdict, String rationale) {
    }

    @GetMapping("/api/v1/projects/{id}/delivery")
    @Operation(summary = "The project against its plan today: baseline, latest report and variance, staleness,"
            + " latest rating")
    DeliveryStatus delivery(@PathVariable long id) {
        return delivery.status(id);
    }

    @GetMapping("/api/v1/projects/{id}/reports")
    @Operation(summary = "Every version of every monthly report, newest first (drafts only for agency officers)")
    List<ProgressReport> reports(@PathVariable long id) {
        return reports.reports(id);
    }

    @PostMapping("/api/v1/projects/{id}/reports")
    @Operation(summary = "File and submit a month's report; a month already reported is refused (file a"
            + " correction)")
    ResponseEntity<ProgressReport> file(@PathVariable long id, @RequestBody ProgressReportInput input) {
        ProgressReport filed = reports.file(id, input);
        return ResponseEntity.created(URI.create("/api/v1/projects/" + id + "/reports")).body(filed);
    }

    @PostMapping("/api/v1/projects/{id}/reports/corrections")
    @Operation(summary = "Correct a submitted month: a new version with its reason; the earlier ones stay")
    ResponseEntity<ProgressReport> correct(@PathVariable long id, @RequestBody ReportCorrection correction) {
        ProgressReport filed = reports.correct(id, correction.report(), correction.reason());
        return ResponseEntity.created(URI.create("/api/v1/projects/" + id + "/reports")).body(filed);
    }

    @GetMapping("/api/v1/projects/{id}/milestones")
    @Operation(summary = "The plan's milestones with the actual dates of the latest report")
    List<Milestone> milestones(@PathVariable long id) {
        return milestones.milestones(id);
    }

    @PutMapping("/api/v1/projects/{id}/milestones")
    @Operation(summary = "Replace the plan's milestones while the project can be edited")
    List<Milestone> saveMilestones(@PathVariable long id, @RequestBody List<MilestoneInput> input) {
        return milestones.save(id, input);
    }

    @GetMapping("/api/v1/projects/{id}/baselines")
    @Operation(summary = "Every baseline, oldest first: 1 fixed at approval, one more per rebaseline")
    List<Baseline> baselines(@PathVariable long id) {
        return baselines.baselines(id);
    }

    @PostMapping("/api/v1/projects/{id}/rebaseline")
    @Operation(summary = "Propose a new baseline cost and end date; within the tolerance it applies at once,"
            + " beyond it opens a change request for review")
    RebaselineOutcome rebaseline(@PathVariable long id, @RequestBody RebaselineInput input) {
        return baselines.rebaseline(id, input);
    }

    @GetMapping("/api/v1/projects/{id}/change-requests")
    @Operation(summary = "The project's rebaseline change requests with their verdicts, newest first")
    List<ChangeRequest> changeRequests(@PathVariable long id) {
        return baselines.changeRequests(id);
    }

    @PostMapping("/api/v1/change-requests/{changeRequestId}/reviews")
    @Operation(summary = "Give the caller's verdict on an open change request (digital authority, budget office)")
    ChangeRequest reviewChangeRequest(@PathVariable long changeRequestId, @RequestBody VerdictInput input) {
        return baselines.review(changeRequestId, input.verdict(), input.rationale());
    }

    @GetMapping("/api/v1/projects/{id}/ratings")
    @Operation(summary = "The digital authority's ratings of the project, newest first")
    List<RiskRating> ratings(@PathVariable long id) {
        return ratings.ratings(id);
    }

    @PostMapping("/api/v1/projects/{id}/ratings")
    @Operation(summary = "Rate a project in execution, 5 low risk … 1 high risk, with a comment (digital"
            + " authority)")
    ResponseEntity<RiskRating> rate(@PathVariable long id, @RequestBody RatingInput input) {
        RiskRating rating = ratings.rate(id, input.rating(), input.comment());
        return ResponseEntity.created(URI.create("/api/v1/projects/" + id + "/ratings")).body(rating);
    }
}
