package org.tablero.project;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tablero.approval.ApprovalService;
import org.tablero.approval.Timeline;
import org.tablero.approval.WorkflowPanel;
import org.tablero.assessment.AssessmentSummaryFactory;
import org.tablero.audit.AuditEvent;
import org.tablero.common.Formats;
import org.tablero.common.Labels;
import org.tablero.common.StatusBadge;
import org.tablero.monitoring.DeliveryService;
import org.tablero.monitoring.ProgressReport;
import org.tablero.monitoring.VarianceBadges;
import org.tablero.config.TableroProperties;
import org.tablero.layout.MainLayout;

/** One project: what it is, who runs it, its money and dates, and every change made to it. */
@Route(value = "projects/:id", layout = MainLayout.class)
@PermitAll
public class ProjectView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient ProjectService projects;
    private final transient ApprovalService approvals;
    private final transient TableroProperties properties;
    private final transient AssessmentSummaryFactory summaries;
    private final transient DeliveryService delivery;
    private String title = "";

    public ProjectView(ProjectService projects, ApprovalService approvals, TableroProperties properties,
            AssessmentSummaryFactory summaries, DeliveryService delivery) {
        this.projects = projects;
        this.approvals = approvals;
        this.properties = properties;
        this.summaries = summaries;
        this.delivery = delivery;
        addClassName("project-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ProjectRoutes.load(event, projects).ifPresent(project -> {
            title = project.code() + " · " + project.title();
            removeAll();
            add(header(project), new WorkflowPanel(approvals, project, () -> UI.getCurrent().refreshCurrentRoute(false)),
                    figures(project), summaries.of(project), details(project), costs(project),
                    new Timeline(approvals.rounds(project.id()), approvals.steps(project.id())),
                    history(project.id()));
        });
    }

    private Component header(Project project) {
        Span code = new Span(project.code());
        code.addClassName("project-code");
        HorizontalLayout badges = new HorizontalLayout(StatusBadge.of(project.status()), StatusBadge.of(project.tier()));
        Div header = new Div(code, new H2(project.title()), new Paragraph(project.organisationName() + " · "
                + Labels.of(project.organisationLevel())), badges);
        header.addClassName("project-header");
        if (projects.canEdit(project)) {
            Button edit = new Button(getTranslation("project.edit"), VaadinIcon.EDIT.create(), click ->
                    getUI().ifPresent(ui -> ui.navigate(ProjectFormView.class,
                            new RouteParameters("id", String.valueOf(project.id())))));
            edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.add(edit);
        } else if (!project.status().isEditable()) {
            header.add(new Paragraph(getTranslation("project.not-editable", Labels.of(project.status()))));
        }
        return header;
    }

    private Component figures(Project project) {
        ProgressReport latest = delivery.status(project.id()).latestReport();
        Div figures = new Div(
                figure("project.lifecycle-cost", new Span(Formats.money(project.lifecycleCost(),
                        properties.currency(), getLocale()))),
                figure("project.cost-variance", latest == null ? new Span(getTranslation("project.no-report-yet"))
                        : VarianceBadges.cost(latest, properties.currency(), this)),
                figure("project.schedule-variance", latest == null ? new Span(getTranslation("project.no-report-yet"))
                        : VarianceBadges.schedule(latest, this)));
        figures.addClassName("figures");
        return figures;
    }

    private Div figure(String labelKey, Span number) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("figure-label");
        number.addClassName("figure-value");
        Div figure = new Div(label, number);
        figure.addClassName("figure");
        return figure;
    }

    private Component details(Project project) {
        Div list = new Div();
        list.addClassName("details");
        item(list, "project.summary", project.summary());
        item(list, "project.category", Labels.of(project.category()));
        item(list, "project.policy-area", Labels.of(project.policyArea()));
        item(list, "project.delivery-approach", Labels.of(project.deliveryApproach())
                + (project.iterationWeeks() == null ? ""
                        : " · " + getTranslation("project.iterations-of", project.iterationWeeks())));
        item(list, "project.planned-period", Formats.date(project.plannedStart(), getLocale()) + " – "
                + Formats.date(project.plannedEnd(), getLocale()));
        item(list, "project.funding-source", Labels.of(project.fundingSource()));
        item(list, "project.infrastructure", project.infrastructure().isEmpty() ? getTranslation("project.none")
                : project.infrastructure().stream().map(Labels::of).collect(Collectors.joining(", ")));
        item(list, "project.uses-ai", getTranslation(project.usesAi()
                ? (project.aiDecidesAboutPeople() ? "project.ai.decides" : "project.ai.yes") : "project.ai.no"));
        return list;
    }

    private void item(Div list, String labelKey, String value) {
        Div row = new Div(new Span(getTranslation(labelKey)), new Span(value));
        row.addClassName("detail");
        list.add(row);
    }

    private Component costs(Project project) {
        Grid<YearlyCost> grid = new Grid<>();
        grid.addColumn(YearlyCost::fiscalYear).setHeader(getTranslation("project.fiscal-year"))
                .setFooter(getTranslation("project.total")).setAutoWidth(true);
        grid.addColumn(cost -> money(cost.capital())).setHeader(getTranslation("project.capital"))
                .setTextAlign(ColumnTextAlign.END)
                .setFooter(money(sum(project.costs(), YearlyCost::capital))).setAutoWidth(true);
        grid.addColumn(cost -> money(cost.operating())).setHeader(getTranslation("project.operating"))
                .setTextAlign(ColumnTextAlign.END)
                .setFooter(money(sum(project.costs(), YearlyCost::operating))).setAutoWidth(true);
        grid.addColumn(cost -> money(cost.total())).setHeader(getTranslation("project.total"))
                .setTextAlign(ColumnTextAlign.END).setFooter(money(project.lifecycleCost())).setAutoWidth(true);
        grid.setItems(project.costs());
        grid.setAllRowsVisible(true);
        grid.addClassName("costs-grid");
        return new Div(new H3(getTranslation("project.costs-by-year")), grid);
    }

    private Component history(long id) {
        List<AuditEvent> events = projects.history(id);
        Grid<AuditEvent> grid = new Grid<>();
        grid.addColumn(event -> Formats.dateTime(event.occurredAt(), getLocale()))
                .setHeader(getTranslation("history.when")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEvent::actorUsername).setHeader(getTranslation("history.who")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(event -> getTranslation("audit.action." + event.action())).setHeader(
                getTranslation("history.what"));
        grid.setItems(events);
        grid.setAllRowsVisible(true);
        grid.addClassName("history-grid");
        return new Div(new H3(getTranslation("project.history")), grid);
    }

    private String money(BigDecimal amount) {
        return Formats.money(amount, properties.currency(), getLocale());
    }

    private static BigDecimal sum(List<YearlyCost> costs, Function<YearlyCost, BigDecimal> part) {
        return costs.stream().map(part).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
