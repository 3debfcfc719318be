package org.tablero.procurement;

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
 * A project's procurement: its strategy and its contracts, each with its own version sent as ETag and sent back
 * in If-Match by a change; and, for the procurement authority, joint-procurement opportunities.
 */
@RestController
@Tag(name = "Procurement", description = "Each project's procurement strategy and contracts; joint procurement")
class ProcurementApi {

    private static final String IF_MATCH = "If-Match";

    private final ProcurementService procurement;

    ProcurementApi(ProcurementService procurement) {
        this.procurement = procurement;
    }

    @GetMapping("/api/v1/projects/{id}/procurement")
    @Operation(summary = "The project's procurement strategy; 404 while it has none. Its ETag is its version")
    ResponseEntity<ProcurementStrategy> strategy(@PathVariable long id) {
        return withVersion(procurement.strategy(id)
                .orElseThrow(() -> new NotFoundException(ProcurementService.STRATEGY_AUDIT_TYPE, id)));
    }

    @PutMapping("/api/v1/projects/{id}/procurement")
    @Operation(summary = "Create (without If-Match) or change (with its version in If-Match) the procurement"
            + " strategy of a draft or returned project")
    ResponseEntity<ProcurementStrategy> saveStrategy(@PathVariable long id,
            @RequestHeader(name = IF_MATCH, required = false) String version,
            @RequestBody ProcurementStrategyInput input) {
        Integer expected = ApiRequests.optionalVersion(version);
        if (expected == null && procurement.strategy(id).isPresent()) {
            throw new IfMatchRequiredException();
        }
        return withVersion(procurement.saveStrategy(id, expected, input));
    }

    @GetMapping("/api/v1/projects/{id}/contracts")
    @Operation(summary = "The project's contracts, by start date")
    List<Contract> contracts(@PathVariable long id) {
        return procurement.contracts(id);
    }

    @GetMapping("/api/v1/projects/{id}/contracts/{contractId}")
    @Operation(summary = "One contract; its ETag is its version")
    ResponseEntity<Contract> contract(@PathVariable long id, @PathVariable long contractId) {
        return withVersion(procurement.contract(id, contractId));
    }

    @PostMapping("/api/v1/projects/{id}/contracts")
    @Operation(summary = "Add a contract, until the project is rejected, completed or cancelled")
    ResponseEntity<Contract> addContract(@PathVariable long id, @RequestBody ContractInput input) {
        Contract added = procurement.addContract(id, input);
        return ResponseEntity.created(URI.create("/api/v1/projects/" + id + "/contracts/" + added.id()))
                .eTag(String.valueOf(added.version())).body(added);
    }

    @PutMapping("/api/v1/projects/{id}/contracts/{contractId}")
    @Operation(summary = "Change a contract; send its version in If-Match")
    ResponseEntity<Contract> updateContract(@PathVariable long id, @PathVariable long contractId,
            @RequestHeader(name = IF_MATCH, required = false) String version, @RequestBody ContractInput input) {
        return withVersion(procurement.updateContract(id, contractId, ApiRequests.requiredVersion(version), input));
    }

    @DeleteMapping("/api/v1/projects/{id}/contracts/{contractId}")
    @Operation(summary = "Remove a contract entered by mistake; send its version in If-Match")
    ResponseEntity<Void> removeContract(@PathVariable long id, @PathVariable long contractId,
            @RequestHeader(name = IF_MATCH, required = false) String version) {
        procurement.removeContract(id, contractId, ApiRequests.requiredVersion(version));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/procurement/joint-opportunities")
    @Operation(summary = "Projects of several organisations in the caller's part of government that could buy the"
            + " same solution together (procurement authority)")
    List<JointProcurementOpportunity> jointOpportunities() {
        return procurement.jointProcurementOpportunities();
    }

    private static ResponseEntity<ProcurementStrategy> withVersion(ProcurementStrategy strategy) {
        return ResponseEntity.ok().eTag(String.valueOf(strategy.version())).body(strategy);
    }

    private static ResponseEntity<Contract> withVersion(Contract contract) {
        return ResponseEntity.ok().eTag(String.valueOf(contract.version())).body(contract);
    }
}
