package org.tablero.approval;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.tablero.common.Formats;
import org.tablero.common.Labels;
import org.tablero.layout.MainLayout;
import org.tablero.monitoring.DueItem;
import org.tablero.monitoring.MonitoringQueue;
import org.tablero.monitoring.ProgressView;
import org.tablero.project.ProjectView;

/** "Waiting for my review" (and, for the board, "Waiting for the board"), oldest first with the days waiting. */
@Route(value = "reviews", layout = MainLayout.class)
@RolesAllowed({"DIGITAL_AUTHORITY", "BUDGET_OFFICE", "PROCUREMENT_AUTHORITY", "STRATEGIC_BOARD"})
public class ReviewQueueView extends VerticalLayout implements HasDynamicTitle {

    public ReviewQueueView(ReviewQueue queue, MonitoringQueue monitoring) {
        addClassName("review-queue");
        setSizeFull();
        List<QueueItem> items = queue.waitingForCurrentUser();
        Grid<QueueItem> grid = new Grid<>();
        grid.addColumn(item -> Duration.between(item.waitingSince(), Instant.now()).toDays())
                .setHeader(getTranslation("queue.days-waiting")).setWidth("10em").setFlexGrow(0);
        grid.addColumn(QueueItem::code).setHeader(getTranslation("project.code")).setWidth("15em").setFlexGrow(0);
        grid.addColumn(QueueItem::title).setHeader(getTranslation("project.title")).setFlexGrow(2);
        grid.addColumn(QueueItem::organisationName).setHeader(getTranslation("project.organisation")).setFlexGrow(1);
        grid.addColumn(item -> item.aspect() == null ? getTranslation("queue.board-decision")
                : Labels.of(item.aspect())).setHeader(getTranslation("queue.what")).setFlexGrow(1);
        grid.addColumn(item -> Formats.dateTime(item.waitingSince(), getLocale()))
                .setHeader(getTranslation("queue.since")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(items);
        grid.addItemClickListener(click -> {
            RouteParameters project = new RouteParameters("id", String.valueOf(click.getItem().projectId()));
            Class<? extends Component> target = click.getItem().aspect() == null ? ProjectView.class : ReviewView.class;
            getUI().ifPresent(ui -> ui.navigate(target, project));
        });
        add(new H2(getTranslation("queue.heading")));
        List<DueItem> changeRequests = monitoring.changeRequestsWaiting();
        if (!items.isEmpty()) {
            add(grid);
            setFlexGrow(1, grid);
        } else if (changeRequests.isEmpty()) {
            add(new Paragraph(getTranslation("queue.empty")));
        }
        if (!changeRequests.isEmpty()) {
            add(new H3(getTranslation("queue.change-requests")), changeRequestGrid(changeRequests));
        }
    }

    /** Rebaselines beyond the tolerance: decided on the project's progress page. */
    private Grid<DueItem> changeRequestGrid(List<DueItem> items) {
        Grid<DueItem> grid = new Grid<>();
        grid.addColumn(item -> ChronoUnit.DAYS.between(item.since(), LocalDate.now()))
                .setHeader(getTranslation("queue.days-waiting")).setWidth("10em").setFlexGrow(0);
        grid.addColumn(DueItem::code).setHeader(getTranslation("project.code")).setWidth("15em").setFlexGrow(0);
        grid.addColumn(DueItem::title).setHeader(getTranslation("project.title")).setFlexGrow(2);
        grid.addColumn(DueItem::organisationName).setHeader(getTranslation("project.organisation")).setFlexGrow(1);
        grid.setItems(items);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(ProgressView.class,
                new RouteParameters("id", String.valueOf(click.getItem().projectId())))));
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("queue.heading") + " · " + getTranslation("app.name");
    }
}
