package org.tablero.monitoring;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.tablero.common.Formats;
import org.tablero.identity.CurrentUser;
import org.tablero.identity.Role;
import org.tablero.layout.MainLayout;

/**
 * "Reports due" for an agency officer (last month's reports not yet filed) and "Ratings due" for the digital
 * authority (projects not rated this month), oldest first; a row opens the project's progress page.
 */
@Route(value = "due", layout = MainLayout.class)
@RolesAllowed({"AGENCY_OFFICER", "DIGITAL_AUTHORITY"})
public class DueView extends VerticalLayout implements HasDynamicTitle {

    private final String headingKey;

    public DueView(MonitoringQueue queue) {
        addClassName("due-view");
        setSizeFull();
        boolean officer = CurrentUser.get().hasRole(Role.AGENCY_OFFICER);
        headingKey = officer ? "due.reports-heading" : "due.ratings-heading";
        List<DueItem> items = officer ? queue.reportsDue() : queue.ratingsDue();
        add(new H2(getTranslation(headingKey)), new Paragraph(getTranslation(officer ? "due.reports-intro"
                : "due.ratings-intro")));
        add(grid(items, officer ? "due.last-report" : "due.last-rating"));
    }

    private Grid<DueItem> grid(List<DueItem> items, String sinceKey) {
        Grid<DueItem> grid = new Grid<>();
        grid.addColumn(item -> item.since() == null ? "" : ChronoUnit.DAYS.between(item.since(), LocalDate.now()))
                .setHeader(getTranslation("due.days")).setWidth("8em").setFlexGrow(0);
        grid.addColumn(DueItem::code).setHeader(getTranslation("project.code")).setWidth("15em").setFlexGrow(0);
        grid.addColumn(DueItem::title).setHeader(getTranslation("project.title")).setFlexGrow(2);
        grid.addColumn(DueItem::organisationName).setHeader(getTranslation("project.organisation")).setFlexGrow(1);
        grid.addColumn(item -> item.since() == null ? getTranslation("due.never") : Formats.date(item.since(),
                getLocale())).setHeader(getTranslation(sinceKey)).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(items);
        grid.setEmptyStateText(getTranslation("due.nothing"));
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(ProgressView.class,
                new RouteParameters("id", String.valueOf(click.getItem().projectId())))));
        setFlexGrow(1, grid);
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation(headingKey) + " · " + getTranslation("app.name");
    }
}
