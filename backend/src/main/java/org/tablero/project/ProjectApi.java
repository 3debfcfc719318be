package org.tablero.project;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tablero.audit.AuditEvent;
import org.tablero.common.Page;
import org.tablero.config.ApiRequests;

/**
 * The project register for agency systems. The version of a project travels as its ETag; an update must
 * send it back in If-Match, so that nobody overwrites a change they have not seen.
 */
@RestController
@RequestMapping("/api/v1/projects")
@Tag(name = "Projects", description = "The register of digital investments, within the caller's organisation")
class ProjectApi {

    private final ProjectService projects;

    ProjectApi(ProjectService projects) {
        this.projects = projects;
    }

    @GetMapping
    @Operation(summary = "List the projects the caller may see, one page at a time")
    Page<ProjectSummary> list(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            @Parameter(description = "an organisation; its whole subtree is listed")
            @RequestParam(required = false) Long organisation,
            @RequestParam(required = false) ProjectStatus status,
            @RequestParam(required = false) Category category,
            @RequestParam(required = false) Tier tier,
            @Parameter(description = "words, each the beginning of a word of the code, title or summary")
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "LAST_CHANGED") ProjectSort sort,
            @RequestParam(defaultValue = "false") boolean ascending) {
        ApiRequests.checkPage(page, size);
        ProjectFilter filter = new ProjectFilter(organisation, status, category, tier, q);
        return new Page<>(projects.page(filter, sort, ascending, page * size, size), page, size,
                projects.count(filter));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read one project; its ETag is its version")
    ResponseEntity<Project> get(@PathVariable long id) {
        Project project = projects.get(id);
        return ResponseEntity.ok().eTag(String.valueOf(project.version())).body(project);
    }

    @PostMapping
    @Operation(summary = "Create a project (agency officers); it starts as a draft")
    ResponseEntity<Project> create(@RequestBody ProjectInput input) {
        Project created = projects.create(input);
        return ResponseEntity.created(URI.create("/api/v1/projects/" + created.id()))
                .eTag(String.valueOf(created.version())).body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a draft or returned project; send its version in If-Match")
    ResponseEntity<Project> update(@PathVariable long id,
            @RequestHeader(name = "If-Match", required = false) String version, @RequestBody ProjectInput input) {
        Project updated = projects.update(id, ApiRequests.requiredVersion(version), input);
        return ResponseEntity.ok().eTag(String.valueOf(updated.version())).body(updated);
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Every recorded change of the project, newest first")
    List<AuditEvent> history(@PathVariable long id) {
        return projects.history(id);
    }
}
