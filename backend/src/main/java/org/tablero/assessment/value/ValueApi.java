package org.tablero.assessment.value;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tablero.common.Page;
import org.tablero.config.ApiRequests;
import org.tablero.project.ProjectStatus;

/**
 * The value proposition of each project, the portfolio ranked by value score, and what the value proposition
 * refers to (strategy objectives, the deployment's settings). A value proposition's version is its ETag (0 before
 * the first save); a save sends it back in If-Match.
 */
@RestController
@Tag(name = "Value proposition", description = "Each project's value proposition and the portfolio ranked by value")
class ValueApi {

    private final ValuePropositionService values;
    private final StrategyObjectiveService objectives;
    private final ValueSettingsService settings;

    ValueApi(ValuePropositionService values, StrategyObjectiveService objectives, ValueSettingsService settings) {
        this.values = values;
        this.objectives = objectives;
        this.settings = settings;
    }

    @GetMapping("/api/v1/projects/{id}/value")
    @Operation(summary = "The project's value proposition with its computed figures; its ETag is its version (0"
            + " before the first save)")
    ResponseEntity<ValueProposition> get(@PathVariable long id) {
        return withVersion(values.get(id));
    }

    @PutMapping("/api/v1/projects/{id}/value")
    @Operation(summary = "Save the whole value proposition of a draft or returned project; send its version in"
            + " If-Match (0 for the first save)")
    ResponseEntity<ValueProposition> save(@PathVariable long id,
            @RequestHeader(name = "If-Match", required = false) String version,
            @RequestBody ValuePropositionInput input) {
        return withVersion(values.save(id, ApiRequests.requiredVersion(version), input));
    }

    @GetMapping("/api/v1/value/ranking")
    @Operation(summary = "The projects of the caller's part of government ranked by value score, highest first")
    Page<ValueRanking> ranking(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            @Parameter(description = "the statuses of the projects ranked (repeat the parameter); all if none")
            @RequestParam(name = "status", required = false) List<ProjectStatus> statuses) {
        ApiRequests.checkPage(page, size);
        List<ProjectStatus> ranked = statuses == null ? List.of() : statuses;
        return new Page<>(values.ranking(ranked, page * size, size), page, size, values.rankingCount(ranked));
    }

    @GetMapping("/api/v1/value/objectives")
    @Operation(summary = "The objectives of the national digital strategy, by code")
    List<StrategyObjective> objectives(@Parameter(description = "also those that can no longer be linked")
            @RequestParam(defaultValue = "false") boolean includeInactive) {
        return objectives.list(includeInactive);
    }

    @GetMapping("/api/v1/value/settings")
    @Operation(summary = "The discount rate and dimension weights every value proposition is computed with")
    ValueSettings settings() {
        return settings.get();
    }

    private static ResponseEntity<ValueProposition> withVersion(ValueProposition proposition) {
        return ResponseEntity.ok().eTag(String.valueOf(proposition.version())).body(proposition);
    }
}
