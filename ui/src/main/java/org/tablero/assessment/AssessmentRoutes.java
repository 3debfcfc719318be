package org.tablero.assessment;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.tablero.project.Project;
import org.tablero.project.ProjectService;

/** Loads the project of an assessment route; a project of another organisation looks like a missing one. */
final class AssessmentRoutes {

    private AssessmentRoutes() {}

    static Optional<Project> load(BeforeEnterEvent event, ProjectService projects) {
        try {
            return Optional.of(projects.get(Long.parseLong(event.getRouteParameters().get("id").orElseThrow())));
        } catch (NumberFormatException | AccessDeniedException | org.tablero.common.NotFoundException missing) {
            event.rerouteToError(NotFoundException.class);
            return Optional.empty();
        }
    }
}
