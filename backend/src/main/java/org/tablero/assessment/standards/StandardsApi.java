package org.tablero.assessment.standards;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
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
import org.tablero.config.ApiRequests;

/**
 * The standards assessment of a project, and the catalogue it is assessed against. The whole assessment has one
 * version, sent as its ETag; every change (the owner's self-assessment, the reviewer's outcome, a waiver) sends
 * it back in If-Match and answers with the new assessment and its new ETag.
 */
@RestController
@Tag(name = "Standards", description = "The digital standards catalogue and each project's compliance with it")
class StandardsApi {

    private static final String IF_MATCH = "If-Match";

    /** The owner's self-assessment of some standards; the others stay as they are. */
    record SelfAssessmentRequest(List<SelfAssessmentInput> standards) {}

    /** The reviewer's outcome: the owner's confirmed (note optional) or another one (note required). */
    record ReviewRequest(ComplianceOutcome outcome, String note) {}

    record WaiverRequest(String justification) {}

    private final StandardsComplianceService compliance;
    private final StandardsCatalogueService catalogue;

    StandardsApi(StandardsComplianceService compliance, StandardsCatalogueService catalogue) {
        this.compliance = compliance;
        this.catalogue = catalogue;
    }

    @GetMapping("/api/v1/projects/{id}/standards")
    @Operation(summary = "The project's standards assessment; its ETag is the assessment's version")
    ResponseEntity<ComplianceAssessment> assessment(@PathVariable long id) {
        return withVersion(compliance.assessment(id));
    }

    @PutMapping("/api/v1/projects/{id}/standards")
    @Operation(summary = "The owner self-assesses standards of a draft or returned project; send the version in"
            + " If-Match")
    ResponseEntity<ComplianceAssessment> selfAssess(@PathVariable long id,
            @RequestHeader(name = IF_MATCH, required = false) String version,
            @RequestBody SelfAssessmentRequest request) {
        return withVersion(compliance.selfAssess(id, ApiRequests.requiredVersion(version), request.standards()));
    }

    @PostMapping("/api/v1/projects/{id}/standards/{code}/review")
    @Operation(summary = "The digital authority confirms or overrides the owner's outcome of a standard, while the"
            + " project is in review; send the version in If-Match")
    ResponseEntity<ComplianceAssessment> review(@PathVariable long id, @PathVariable String code,
            @RequestHeader(name = IF_MATCH, required = false) String version, @RequestBody ReviewRequest request) {
        return withVersion(compliance.review(id, ApiRequests.requiredVersion(version), code, request.outcome(),
                request.note()));
    }

    @PostMapping("/api/v1/projects/{id}/standards/{code}/waiver")
    @Operation(summary = "The digital authority waives a standard not (fully) met, with its justification; send the"
            + " version in If-Match")
    ResponseEntity<ComplianceAssessment> grantWaiver(@PathVariable long id, @PathVariable String code,
            @RequestHeader(name = IF_MATCH, required = false) String version, @RequestBody WaiverRequest request) {
        return withVersion(compliance.grantWaiver(id, ApiRequests.requiredVersion(version), code,
                request.justification()));
    }

    @DeleteMapping("/api/v1/projects/{id}/standards/{code}/waiver")
    @Operation(summary = "The digital authority revokes a waiver; send the version in If-Match")
    ResponseEntity<ComplianceAssessment> revokeWaiver(@PathVariable long id, @PathVariable String code,
            @RequestHeader(name = IF_MATCH, required = false) String version) {
        return withVersion(compliance.revokeWaiver(id, ApiRequests.requiredVersion(version), code));
    }

    @GetMapping("/api/v1/standards/catalogue")
    @Operation(summary = "The current catalogue version with its standards")
    Catalogue current() {
        return catalogue.current();
    }

    @GetMapping("/api/v1/standards/catalogue/versions")
    @Operation(summary = "Every published catalogue version, newest (the current one) first")
    List<CatalogueVersion> versions() {
        return catalogue.versions();
    }

    @GetMapping("/api/v1/standards/catalogue/versions/{number}")
    @Operation(summary = "One published catalogue version with its standards")
    Catalogue version(@Parameter(description = "1 for the first version") @PathVariable int number) {
        return catalogue.catalogue(number);
    }

    private static ResponseEntity<ComplianceAssessment> withVersion(ComplianceAssessment assessment) {
        return ResponseEntity.ok().eTag(String.valueOf(assessment.version())).body(assessment);
    }
}
