package org.tablero.project;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;

/**
 * Loads the project of a route such as {@code projects/:id}. A project that does not exist and one of
 * another organisation look the same: not found, so a guessed id reveals nothing.
 */
final class ProjectRoutes {

    private ProjectRoutes() {}

    static Optional<Project> load(BeforeEnterEvent event, ProjectService projects) {
        try {
            long id = Long.parseLong(event.getRouteParameters().get("id").orElseThrow());
            return Optional.of(projects.get(id));
        } catch (NumberFormatException | org.tablero.common.NotFoundException | AccessDeniedException unavailable) {
            event.rerouteToError(NotFoundException.class);
            return Optional.empty();
        }
    }
}
