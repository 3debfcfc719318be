package org.tablero.monitoring.results;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.tablero.common.NotFoundException;
import org.tablero.config.ApiRequests;

/**
 * A project's results, for the owner's own systems to push measurements: KPIs (each with its version as ETag,
 * sent back in If-Match by a change), their measurements, the monthly user-experience figures and the closure.
 * Measurements and the closure are recorded once and never changed.
 */
@RestController
@Tag(name = "Results", description = "Each project's KPIs and their measurements, user-experience figures and"
        + " closure")
class ResultsApi {

    private static final String IF_MATCH = "If-Match";

    private final ResultsService results;

    ResultsApi(ResultsService results) {
        this.results = results;
    }

    @GetMapping("/api/v1/projects/{id}/kpis")
    @Operation(summary = "The project's KPIs by target date, each with its latest measurement, its status (MET,"
            + " IN_PROGRESS, NOT_MET, NOT_MEASURED) as of today and its progress from baseline to target (0 to 1)")
    List<Kpi> kpis(@PathVariable long id) {
        return results.kpis(id);
    }

    @GetMapping("/api/v1/projects/{id}/kpis/{kpiId}")
    @Operation(summary = "One KPI; its ETag is its version")
    ResponseEntity<Kpi> kpi(@PathVariable long id, @PathVariable long kpiId) {
        return withVersion(results.kpi(id, kpiId));
    }

    @PostMapping("/api/v1/projects/{id}/kpis")
    @Operation(summary = "Add a KPI while the project is a draft, returned, approved, in execution or on hold")
    ResponseEntity<Kpi> addKpi(@PathVariable long id, @RequestBody KpiInput input) {
        Kpi added = results.addKpi(id, input);
        return ResponseEntity.created(URI.create("/api/v1/projects/" + id + "/kpis/" + added.id()))
                .eTag(String.valueOf(added.version())).body(added);
    }

    @PutMapping("/api/v1/projects/{id}/kpis/{kpiId}")
    @Operation(summary = "Change a KPI; send its version in If-Match. A change after approval is audited with the"
            + " values before and after")
    ResponseEntity<Kpi> updateKpi(@PathVariable long id, @PathVariable long kpiId,
            @RequestHeader(name = IF_MATCH, required = false) String version, @RequestBody KpiInput input) {
        return withVersion(results.updateKpi(id, kpiId, ApiRequests.requiredVersion(version), input));
    }

    @DeleteMapping("/api/v1/projects/{id}/kpis/{kpiId}")
    @Operation(summary = "Remove a KPI that has no measurement; send its version in If-Match")
    ResponseEntity<Void> removeKpi(@PathVariable long id, @PathVariable long kpiId,
            @RequestHeader(name = IF_MATCH, required = false) String version) {
        results.removeKpi(id, kpiId, ApiRequests.requiredVersion(version));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/projects/{id}/kpis/{kpiId}/measurements")
    @Operation(summary = "The KPI's measurements, oldest first")
    List<KpiMeasurement> measurements(@PathVariable long id, @PathVariable long kpiId) {
        return results.measurements(id, kpiId);
    }

    @PostMapping("/api/v1/projects/{id}/kpis/{kpiId}/measurements")
    @Operation(summary = "Record the KPI's value on a day (not in the future) while the project is in execution,"
            + " on hold or completed; one per KPI and day, a second one is refused (422)")
    ResponseEntity<KpiMeasurement> addMeasurement(@PathVariable long id, @PathVariable long kpiId,
            @RequestBody KpiMeasurementInput input) {
        return ResponseEntity.status(HttpStatus.CREATED).body(results.addMeasurement(id, kpiId, input));
    }

    @GetMapping("/api/v1/projects/{id}/ux-measurements")
    @Operation(summary = "The project's monthly user-experience figures, oldest month first, with the user"
            + " satisfaction computed as the percent of satisfied responses")
    List<UxMeasurement> uxMeasurements(@PathVariable long id) {
        return results.uxMeasurements(id);
    }

    @PostMapping("/api/v1/projects/{id}/ux-measurements")
    @Operation(summary = "Record a month's user-experience figures (period: the first day of the month) while the"
            + " project is in execution, on hold or completed; a month already recorded is refused (422)")
    ResponseEntity<UxMeasurement> addUxMeasurement(@PathVariable long id, @RequestBody UxMeasurementInput input) {
        return ResponseEntity.status(HttpStatus.CREATED).body(results.addUxMeasurement(id, input));
    }

    @GetMapping("/api/v1/projects/{id}/closure")
    @Operation(summary = "The project's closure with its realised benefits against the planned ones; 404 until it"
            + " is recorded")
    Closure closure(@PathVariable long id) {
        return results.closure(id).orElseThrow(() -> new NotFoundException(ResultsService.CLOSURE_ENTITY, id));
    }

    @PostMapping("/api/v1/projects/{id}/closure")
    @Operation(summary = "Record the closure of a project in execution or completed, once; a second one is"
            + " refused (422)")
    ResponseEntity<Closure> recordClosure(@PathVariable long id, @RequestBody ClosureInput input) {
        return ResponseEntity.created(URI.create("/api/v1/projects/" + id + "/closure"))
                .body(results.recordClosure(id, input));
    }

    private static ResponseEntity<Kpi> withVersion(Kpi kpi) {
        return ResponseEntity.ok().eTag(String.valueOf(kpi.version())).body(kpi);
    }
}
