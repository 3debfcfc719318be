package org.tablero.monitoring;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import org.tablero.assessment.ProjectPartView;
import org.tablero.common.Formats;
import org.tablero.common.Labels;
import org.tablero.common.ProblemDisplay;
import org.tablero.common.StatusBadge;
import org.tablero.common.Tiles;
import org.tablero.config.TableroProperties;
import org.tablero.layout.MainLayout;
import org.tablero.monitoring.results.Closure;
import org.tablero.monitoring.results.ClosureInput;
import org.tablero.monitoring.results.Kpi;
import org.tablero.monitoring.results.KpiDirection;
import org.tablero.monitoring.results.KpiInput;
import org.tablero.monitoring.results.KpiMeasurementInput;
import org.tablero.monitoring.results.KpiStatus;
import org.tablero.monitoring.results.ResultsService;
import org.tablero.monitoring.results.UxMeasurement;
import org.tablero.monitoring.results.UxMeasurementInput;
import org.tablero.project.Project;
import org.tablero.project.ProjectService;

/** What a project achieves: its KPIs against their targets, the user-experience measures, and its closure. */
@Route(value = "projects/:id/results", layout = MainLayout.class)
@PermitAll
public class ResultsView extends ProjectPartView {

    private final transient ResultsService results;
    private final transient TableroProperties properties;

    public ResultsView(ProjectService projects, ResultsService results, TableroProperties properties) {
        super(projects, "results.heading", "results-view");
        this.results = results;
        this.properties = properties;
    }

    @Override
    protected void build(Project project) {
        add(new H3(getTranslation("results.kpis")), kpiGrid(project));
        if (results.canEditKpis(project)) {
            add(kpiForm(project));
        }
        add(new H3(getTranslation("results.ux")), uxGrid(project));
        if (results.canRecordMeasurements(project)) {
            add(uxForm(project));
        }
        add(new H3(getTranslation("results.closure")), closure(project));
    }

    private Component kpiGrid(Project project) {
        Grid<Kpi> grid = new Grid<>();
        grid.addColumn(Kpi::name).setHeader(getTranslation("results.kpi")).setFlexGrow(3);
        grid.addColumn(kpi -> number(kpi.baselineValue()) + " → " + number(kpi.targetValue()) + " " + kpi.unit())
                .setHeader(getTranslation("results.baseline-target")).setAutoWidth(true);
        grid.addColumn(kpi -> Formats.date(kpi.targetDate(), getLocale())).setHeader(getTranslation("results.by"))
                .setAutoWidth(true);
        grid.addColumn(kpi -> kpi.latestValue() == null ? "" : number(kpi.latestValue()) + " " + kpi.unit() + " ("
                + Formats.date(kpi.latestMeasuredOn(), getLocale()) + ")").setHeader(getTranslation("results.latest"))
                .setAutoWidth(true);
        grid.addComponentColumn(kpi -> StatusBadge.of(colourOf(kpi.status()), Labels.of(kpi.status())))
                .setHeader(getTranslation("results.status")).setAutoWidth(true);
        if (results.canRecordMeasurements(project)) {
            grid.addComponentColumn(kpi -> measurementForm(project, kpi)).setHeader(getTranslation(
                    "results.record-measurement")).setAutoWidth(true);
        }
        grid.setItems(results.kpis(project.id()));
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("results.no-kpis"));
        return grid;
    }

    private static VarianceColour colourOf(KpiStatus status) {
        return switch (status) {
            case MET -> VarianceColour.GREEN;
            case NOT_MET -> VarianceColour.RED;
            case IN_PROGRESS, NOT_MEASURED -> VarianceColour.YELLOW;
        };
    }

    private Component measurementForm(Project project, Kpi kpi) {
        DatePicker on = new DatePicker();
        on.setAriaLabel(getTranslation("results.measured-on"));
        on.setWidth("9em");
        BigDecimalField value = new BigDecimalField();
        value.setAriaLabel(getTranslation("results.value"));
        value.setWidth("7em");
        ProblemDisplay problems = new ProblemDisplay().field("measuredOn", on).field("value", value);
        Button record = new Button(getTranslation("results.record"), click -> act(project, problems,
                () -> results.addMeasurement(project.id(), kpi.id(), new KpiMeasurementInput(on.getValue(),
                        value.getValue(), null))));
        HorizontalLayout form = new HorizontalLayout(on, value, record);
        form.setAlignItems(Alignment.BASELINE);
        return form;
    }

    private Component kpiForm(Project project) {
        TextField name = new TextField(getTranslation("results.kpi"));
        TextField unit = new TextField(getTranslation("results.unit"));
        unit.setWidth("8em");
        BigDecimalField baseline = new BigDecimalField(getTranslation("results.baseline"));
        BigDecimalField target = new BigDecimalField(getTranslation("results.target"));
        DatePicker by = new DatePicker(getTranslation("results.by"));
        Select<KpiDirection> direction = new Select<>();
        direction.setLabel(getTranslation("results.direction"));
        direction.setItems(KpiDirection.values());
        direction.setItemLabelGenerator(Labels::of);
        ProblemDisplay problems = new ProblemDisplay().field("name", name).field("unit", unit)
                .field("baselineValue", baseline).field("targetValue", target).field("targetDate", by)
                .field("direction", direction);
        Button add = new Button(getTranslation("results.add-kpi"), click -> act(project, problems,
                () -> results.addKpi(project.id(), new KpiInput(name.getValue(), unit.getValue(), baseline.getValue(),
                        target.getValue(), by.getValue(), direction.getValue()))));
        HorizontalLayout form = new HorizontalLayout(name, unit, baseline, target, by, direction, add);
        form.setAlignItems(Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    private Component uxGrid(Project project) {
        DateTimeFormatter month = DateTimeFormatter.ofPattern("MMM yyyy", getLocale());
        Grid<UxMeasurement> grid = new Grid<>();
        grid.addColumn(ux -> ux.period().format(month)).setHeader(getTranslation("delivery.period"))
                .setAutoWidth(true);
        grid.addColumn(ux -> ux.satisfaction() == null ? "—" : getTranslation("results.satisfaction-value",
                ux.satisfaction().toPlainString(), ux.responses())).setHeader(getTranslation("results.satisfaction"))
                .setAutoWidth(true);
        grid.addColumn(ux -> percent(ux.completionRate())).setHeader(getTranslation("results.completion"))
                .setAutoWidth(true);
        grid.addColumn(ux -> percent(ux.digitalTakeUp())).setHeader(getTranslation("results.take-up"))
                .setAutoWidth(true);
        grid.addColumn(ux -> ux.costPerTransaction() == null ? "—" : Formats.money(ux.costPerTransaction(),
                properties.currency(), getLocale())).setHeader(getTranslation("results.cost-per-transaction"))
                .setAutoWidth(true);
        grid.setItems(results.uxMeasurements(project.id()));
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("results.no-ux"));
        return grid;
    }

    private Component uxForm(Project project) {
        DatePicker period = new DatePicker(getTranslation("results.month-first-day"));
        IntegerField satisfied = new IntegerField(getTranslation("results.satisfied"));
        IntegerField responses = new IntegerField(getTranslation("results.responses"));
        BigDecimalField completion = new BigDecimalField(getTranslation("results.completion"));
        BigDecimalField takeUp = new BigDecimalField(getTranslation("results.take-up"));
        BigDecimalField cost = new BigDecimalField(getTranslation("results.cost-per-transaction"));
        ProblemDisplay problems = new ProblemDisplay().field("period", period).field("satisfiedResponses", satisfied)
                .field("responses", responses).field("completionRate", completion).field("digitalTakeUp", takeUp)
                .field("costPerTransaction", cost);
        Button record = new Button(getTranslation("results.record"), click -> act(project, problems,
                () -> results.addUxMeasurement(project.id(), new UxMeasurementInput(period.getValue(),
                        satisfied.getValue(), responses.getValue(), completion.getValue(), takeUp.getValue(),
                        cost.getValue()))));
        HorizontalLayout form = new HorizontalLayout(period, satisfied, responses, completion, takeUp, cost, record);
        form.setAlignItems(Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    private Component closure(Project project) {
        Div section = new Div();
        results.closure(project.id()).ifPresentOrElse(closure -> section.add(closureFigures(closure)), () -> {
            section.add(new Paragraph(getTranslation("results.not-closed")));
            if (results.canRecordClosure(project)) {
                section.add(closureForm(project));
            }
        });
        return section;
    }

    private Component closureFigures(Closure closure) {
        Div tiles = new Div(tile("results.planned-benefits", money(closure.plannedBenefits())),
                tile("results.realised-benefits", money(closure.realisedBenefits())
                        + (closure.realisedPercent() == null ? "" : " (" + closure.realisedPercent().toPlainString()
                        + " %)")));
        tiles.addClassName("tiles");
        tiles.setWidthFull();
        return new Div(tiles, new Paragraph(closure.benefitsSummary()),
                new Paragraph(getTranslation("results.lessons", closure.lessonsLearned())));
    }

    private Component closureForm(Project project) {
        BigDecimalField realised = new BigDecimalField(getTranslation("results.realised-benefits"));
        realised.setHelperText(getTranslation("results.planned-were", money(results.plannedBenefits(project.id()))));
        TextArea summary = new TextArea(getTranslation("results.benefits-summary"));
        summary.setWidthFull();
        TextArea lessons = new TextArea(getTranslation("results.lessons-learned"));
        lessons.setWidthFull();
        ProblemDisplay problems = new ProblemDisplay().field("realisedBenefits", realised)
                .field("benefitsSummary", summary).field("lessonsLearned", lessons);
        Button record = new Button(getTranslation("results.record-closure"), click -> act(project, problems,
                () -> results.recordClosure(project.id(), new ClosureInput(realised.getValue(), summary.getValue(),
                        lessons.getValue()))));
        return new Div(realised, summary, lessons, record);
    }

    private Div tile(String labelKey, String value) {
        return Tiles.of(getTranslation(labelKey), value);
    }

    private String money(BigDecimal amount) {
        return Formats.money(amount, properties.currency(), getLocale());
    }

    private static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String percent(BigDecimal value) {
        return value == null ? "—" : value.stripTrailingZeros().toPlainString() + " %";
    }
}
