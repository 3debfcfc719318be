package org.tablero.assessment.risk;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
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
import org.tablero.config.ApiRequests.IfMatchRequiredException;

/**
 * The risk assessment of a project: its risk register, heat maps and, for a project that uses AI, its algorithmic
 * transparency record. Each risk and the transparency record have their own version, sent as ETag and sent back
 * in If-Match by a change.
 */
@RestController
@Tag(name = "Risks", description = "Each project's risk register and algorithmic transparency record")
class RiskApi {

    private static final String IF_MATCH = "If-Match";

    private final RiskService risks;

    RiskApi(RiskService risks) {
        this.risks = risks;
    }

    @GetMapping("/api/v1/projects/{id}/risks")
    @Operation(summary = "The project's risk register, oldest first, closed risks included")
    List<Risk> list(@PathVariable long id) {
        return risks.risks(id);
    }

    @GetMapping("/api/v1/projects/{id}/risks/{riskId}")
    @Operation(summary = "One risk; its ETag is its version")
    ResponseEntity<Risk> get(@PathVariable long id, @PathVariable long riskId) {
        return withVersion(risks.get(id, riskId));
    }

    @PostMapping("/api/v1/projects/{id}/risks")
    @Operation(summary = "Add a risk to a draft or returned project (likelihood and impact 1 to 5; residual values"
            + " no higher than the inherent ones)")
    ResponseEntity<Risk> add(@PathVariable long id, @RequestBody RiskInput input) {
        Risk added = risks.add(id, input);
        return ResponseEntity.created(URI.create("/api/v1/projects/" + id + "/risks/" + added.id()))
                .eTag(String.valueOf(added.version())).body(added);
    }

    @PutMapping("/api/v1/projects/{id}/risks/{riskId}")
    @Operation(summary = "Change a risk of a draft or returned project; send its version in If-Match")
    ResponseEntity<Risk> update(@PathVariable long id, @PathVariable long riskId,
            @RequestHeader(name = IF_MATCH, required = false) String version, @RequestBody RiskInput input) {
        return withVersion(risks.update(id, riskId, ApiRequests.requiredVersion(version), input));
    }

    @DeleteMapping("/api/v1/projects/{id}/risks/{riskId}")
    @Operation(summary = "Remove a risk of a draft or returned project; send its version in If-Match")
    ResponseEntity<Void> remove(@PathVariable long id, @PathVariable long riskId,
            @RequestHeader(name = IF_MATCH, required = false) String version) {
        risks.remove(id, riskId, ApiRequests.requiredVersion(version));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/projects/{id}/risks/heat-map")
    @Operation(summary = "5 × 5 heat maps of the active risks, inherent and residual: the count of each likelihood"
            + " × impact cell")
    RiskHeatMaps heatMap(@PathVariable long id) {
        return risks.heatMaps(id);
    }

    @GetMapping("/api/v1/projects/{id}/transparency")
    @Operation(summary = "The algorithmic transparency record of a project that uses AI; 404 while it has none."
            + " Its ETag is its version")
    ResponseEntity<TransparencyRecord> transparency(@PathVariable long id) {
        return withVersion(risks.transparency(id)
                .orElseThrow(() -> new NotFoundException(RiskService.TRANSPARENCY_AUDIT_TYPE, id)));
    }

    @PutMapping("/api/v1/projects/{id}/transparency")
    @Operation(summary = "Create (without If-Match) or change (with its version in If-Match) the algorithmic"
            + " transparency record of a draft or returned project that uses AI")
    ResponseEntity<TransparencyRecord> saveTransparency(@PathVariable long id,
            @RequestHeader(name = IF_MATCH, required = false) String version,
            @RequestBody TransparencyInput input) {
        Integer expected = ApiRequests.optionalVersion(version);
        if (expected == null && risks.transparency(id).isPresent()) {
            throw new IfMatchRequiredException();
        }
        return withVersion(risks.saveTransparency(id, expected, input));
    }

    private static ResponseEntity<Risk> withVersion(Risk risk) {
        return ResponseEntity.ok().eTag(String.valueOf(risk.version())).body(risk);
    }

    private static ResponseEntity<TransparencyRecord> withVersion(TransparencyRecord transparency) {
        return ResponseEntity.ok().eTag(String.valueOf(transparency.version())).body(transparency);
    }
}
