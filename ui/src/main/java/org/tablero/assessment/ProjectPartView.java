package org.tablero.assessment;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.tablero.common.ConcurrentEditException;
import org.tablero.common.InvalidInputException;
import org.tablero.common.ProblemDisplay;
import org.tablero.project.Project;
import org.tablero.project.ProjectService;

/**
 * A page about one part of a project (an assessment, its procurement): loads the project of the route, where
 * a project of another organisation looks like a missing one, and rebuilds itself after every change.
 */
public abstract class ProjectPartView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    protected final transient ProjectService projects;
    private final String headingKey;
    private String title = "";

    protected ProjectPartView(ProjectService projects, String headingKey, String className) {
        this.projects = projects;
        this.headingKey = headingKey;
        addClassName(className);
    }

    /** Adds the page's content below its heading and the links to the project's other parts. */
    protected abstract void build(Project project);

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            refresh(projects.get(Long.parseLong(event.getRouteParameters().get("id").orElseThrow())));
        } catch (NumberFormatException | AccessDeniedException | org.tablero.common.NotFoundException missing) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    protected final void refresh(Project project) {
        title = getTranslation(headingKey, project.code());
        removeAll();
        add(new H2(title), AssessmentLinks.of(project));
        build(project);
    }

    /** After a successful change: says so and shows the project as it is now. */
    protected void saved(Project project) {
        Notification.show(getTranslation("form.saved"), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        refresh(projects.get(project.id()));
    }

    /** Someone else saved first: nothing was overwritten, and the page shows their version. */
    protected void conflict(Project project) {
        Notification.show(getTranslation("form.concurrent-edit"), 10000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
        refresh(projects.get(project.id()));
    }

    /** Runs a change: refused input shows at its fields, a concurrent change reloads, success says so. */
    protected void act(Project project, ProblemDisplay problems, Runnable change) {
        try {
            change.run();
            saved(project);
        } catch (InvalidInputException refused) {
            problems.show(refused);
        } catch (ConcurrentEditException conflict) {
            conflict(project);
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
