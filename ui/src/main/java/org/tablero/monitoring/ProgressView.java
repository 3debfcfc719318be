package org.tablero.monitoring;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.tablero.approval.Verdict;
import org.tablero.assessment.ProjectPartView;
import org.tablero.common.Chart;
import org.tablero.common.ChartCard;
import org.tablero.common.Formats;
import org.tablero.common.Labels;
import org.tablero.common.ProblemDisplay;
import org.tablero.common.StatusBadge;
import org.tablero.common.Tiles;
import org.tablero.config.TableroProperties;
import org.tablero.identity.CurrentUser;
import org.tablero.identity.Role;
import org.tablero.layout.MainLayout;
import org.tablero.project.Project;
import org.tablero.project.ProjectService;

/**
 * A project's delivery against its plan: the headline variance, the monthly reports (filed, corrected), the
 * ratings, the milestones and the baselines with their change requests. Who may act sees the form for it.
 */
@Route(value = "projects/:id/progress", layout = MainLayout.class)
@PermitAll
public class ProgressView extends ProjectPartView {

    private final transient DeliveryService delivery;
    private final transient ProgressReportService reports;
    private final transient RatingService ratings;
    private final transient BaselineService baselines;
    private final transient MilestoneService milestones;
    private final transient TableroProperties properties;
    private final transient MonitoringProperties monitoring;

    public ProgressView(ProjectService projects, DeliveryService delivery, ProgressReportService reports,
            RatingService ratings, BaselineService baselines, MilestoneService milestones,
            TableroProperties properties, MonitoringProperties monitoring) {
        super(projects, "delivery.heading", "progress-view");
        this.delivery = delivery;
        this.reports = reports;
        this.ratings = ratings;
        this.baselines = baselines;
        this.milestones = milestones;
        this.properties = properties;
        this.monitoring = monitoring;
    }

    @Override
    protected void build(Project project) {
        DeliveryStatus status = delivery.status(project.id());
        add(headline(status));
        List<ProgressReport> all = reports.reports(project.id());
        List<ProgressReport> counted = counted(all);
        if (status.baseline() != null && !counted.isEmpty()) {
            add(trend(status.baseline(), counted));
        }
        if (reports.canFile(project)) {
            add(new H3(getTranslation("delivery.file-report")), reportForm(project, all));
        }
        add(new H3(getTranslation("delivery.reports")), reportGrid(all));
        add(new H3(getTranslation("delivery.ratings")), ratingList(project));
        if (CurrentUser.get().hasRole(Role.DIGITAL_AUTHORITY) && status.baseline() != null) {
            add(ratingForm(project));
        }
        add(new H3(getTranslation("delivery.milestones")), milestoneList(project));
        add(new H3(getTranslation("delivery.baselines")), baselineList(project));
        if (CurrentUser.get().hasRole(Role.AGENCY_OFFICER) && status.baseline() != null) {
            add(rebaselineForm(project));
        }
    }

    private Component headline(DeliveryStatus status) {
        Div tiles = new Div();
        tiles.addClassName("tiles");
        tiles.setWidthFull();
        if (status.baseline() == null) {
            tiles.add(new Paragraph(getTranslation("delivery.no-baseline")));
            return tiles;
        }
        tiles.add(tile("delivery.baseline-cost", new Span(money(status.baseline().cost())),
                new Span(getTranslation("delivery.rebaselines", status.rebaselines()))));
        ProgressReport latest = status.latestReport();
        if (latest == null) {
            tiles.add(tile("delivery.variance", new Span(getTranslation("delivery.no-report"))));
        } else {
            tiles.add(tile("delivery.cost-variance", VarianceBadges.cost(latest, properties.currency(), this)),
                    tile("delivery.schedule-variance", VarianceBadges.schedule(latest, this)),
                    tile("delivery.percent-complete", new Span(latest.percentComplete().stripTrailingZeros()
                            .toPlainString() + " %"), new Span(Labels.of(latest.confidence()))));
        }
        if (status.stale()) {
            tiles.add(tile("delivery.stale", StatusBadge.of(VarianceColour.RED, getTranslation("delivery.stale-text",
                    monitoring.staleAfterDays()))));
        }
        RiskRating rating = status.latestRating();
        tiles.add(tile("delivery.rating", rating == null ? new Span(getTranslation("delivery.not-rated"))
                : VarianceBadges.rating(rating.rating(), this), new Span(status.ratingStale() ? getTranslation("delivery.rating-stale")
                : "")));
        return tiles;
    }

    /** A headline tile: its label, then its figure, then any note. */
    private Div tile(String labelKey, Component figure, Component... notes) {
        figure.addClassName("tile-figure");
        Div tile = Tiles.of(getTranslation(labelKey), figure);
        tile.add(notes);
        return tile;
    }

    /** Spend and projected cost month by month against the baseline: a drift shows before the colours turn. */
    private Component trend(Baseline baseline, List<ProgressReport> counted) {
        DateTimeFormatter monthFormat = DateTimeFormatter.ofPattern("MMM yy", getLocale());
        List<Chart.Category> months = counted.stream().map(report -> Chart.Category.of(report.period().toString(),
                report.period().format(monthFormat))).toList();
        Function<Number, String> money = amount -> money(new BigDecimal(amount.toString()));
        Chart chart = new Chart(Chart.Type.LINE, getTranslation("delivery.trend"), months, List.of(
                new Chart.Series(getTranslation("delivery.baseline-cost"), counted.stream()
                        .map(report -> baseline.cost()).toList(), money, Chart.Scale.MONEY),
                new Chart.Series(getTranslation("delivery.projected-cost"), counted.stream()
                        .map(ProgressReport::projectedCost).toList(), money, Chart.Scale.MONEY),
                new Chart.Series(getTranslation("delivery.spend-to-date"), counted.stream()
                        .map(ProgressReport::spendToDate).toList(), money, Chart.Scale.MONEY)))
                .currency(properties.currency().getCurrencyCode());
        ChartCard card = new ChartCard(chart, getTranslation("delivery.period"));
        card.setWidthFull();
        return card;
    }

    /** The version of each month that counts (the latest submitted one), oldest month first. */
    private static List<ProgressReport> counted(List<ProgressReport> all) {
        return all.stream().filter(report -> report.status() == ReportStatus.SUBMITTED)
                .collect(Collectors.toMap(ProgressReport::period, report -> report,
                        (one, other) -> one.version() > other.version() ? one : other))
                .values().stream().sorted(Comparator.comparing(ProgressReport::period)).toList();
    }

    private Component reportForm(Project project, List<ProgressReport> all) {
        ComboBox<YearMonth> period = new ComboBox<>(getTranslation("delivery.period"));
        DateTimeFormatter monthFormat = DateTimeFormatter.ofPattern("MMMM yyyy", getLocale());
        period.setItems(IntStream.range(0, 24).mapToObj(back -> YearMonth.now().minusMonths(back)).toList());
        period.setItemLabelGenerator(month -> month.format(monthFormat));
        period.setValue(YearMonth.now().minusMonths(1));
        BigDecimalField spend = new BigDecimalField(getTranslation("delivery.spend-to-date"));
        BigDecimalField projectedCost = new BigDecimalField(getTranslation("delivery.projected-cost"));
        DatePicker projectedEnd = new DatePicker(getTranslation("delivery.projected-end"));
        BigDecimalField percent = new BigDecimalField(getTranslation("delivery.percent-complete"));
        Select<Confidence> confidence = new Select<>();
        confidence.setLabel(getTranslation("delivery.confidence"));
        confidence.setItems(Confidence.values());
        confidence.setItemLabelGenerator(Labels::of);
        Checkbox completed = new Checkbox(getTranslation("delivery.completed"));
        DatePicker actualEnd = new DatePicker(getTranslation("delivery.actual-end"));
        actualEnd.setVisible(false);
        completed.addValueChangeListener(change -> actualEnd.setVisible(change.getValue()));
        TextArea narrative = new TextArea(getTranslation("delivery.narrative"));
        narrative.setWidthFull();
        narrative.setMaxLength(4000);
        TextField correctionReason = new TextField(getTranslation("delivery.correction-reason"));
        correctionReason.setWidthFull();
        Map<Milestone, DatePicker> milestoneDates = new LinkedHashMap<>();
        Div milestoneFields = new Div();
        milestoneFields.addClassName("milestone-dates");
        for (Milestone milestone : milestones.milestones(project.id())) {
            DatePicker reached = new DatePicker(milestone.name());
            reached.setValue(milestone.actualDate());
            reached.setHelperText(getTranslation("delivery.planned-on", Formats.date(milestone.plannedDate(),
                    getLocale())));
            milestoneDates.put(milestone, reached);
            milestoneFields.add(reached);
        }
        ProblemDisplay problems = new ProblemDisplay().field("period", period).field("spendToDate", spend)
                .field("projectedCost", projectedCost).field("projectedEnd", projectedEnd)
                .field("percentComplete", percent).field("confidence", confidence).field("narrative", narrative)
                .field("actualEnd", actualEnd).field("correctionReason", correctionReason);
        Span milestoneProblem = new Span();
        problems.message("milestones", milestoneProblem);
        Runnable showCorrection = () -> correctionReason.setVisible(all.stream().anyMatch(report ->
                report.period().equals(period.getValue()) && report.status() == ReportStatus.SUBMITTED));
        period.addValueChangeListener(change -> showCorrection.run());
        showCorrection.run();
        Button submit = new Button(getTranslation("delivery.submit"), click -> act(project, problems, () -> {
            List<MilestoneDate> dates = new ArrayList<>();
            milestoneDates.forEach((milestone, picker) -> {
                if (picker.getValue() != null) {
                    dates.add(new MilestoneDate(milestone.id(), picker.getValue()));
                }
            });
            ProgressReportInput input = new ProgressReportInput(period.getValue(), spend.getValue(),
                    projectedCost.getValue(), projectedEnd.getValue(), percent.getValue(), completed.getValue(),
                    actualEnd.getValue(), confidence.getValue(), narrative.getValue(), dates);
            if (correctionReason.isVisible()) {
                reports.correct(project.id(), input, correctionReason.getValue());
            } else {
                reports.file(project.id(), input);
            }
        }));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout figures = new HorizontalLayout(period, spend, projectedCost, projectedEnd, percent,
                confidence, completed, actualEnd);
        figures.setWrap(true);
        figures.setAlignItems(Alignment.BASELINE);
        Div form = new Div(figures, milestoneFields, milestoneProblem, narrative, correctionReason,
                new Paragraph(getTranslation("delivery.locked-after-submission")), submit);
        form.addClassName("report-form");
        form.setWidthFull();
        return form;
    }

    private Grid<ProgressReport> reportGrid(List<ProgressReport> all) {
        Grid<ProgressReport> grid = new Grid<>();
        DateTimeFormatter monthFormat = DateTimeFormatter.ofPattern("MMM yyyy", getLocale());
        grid.addColumn(report -> report.period().format(monthFormat)).setHeader(getTranslation("delivery.period"))
                .setAutoWidth(true);
        grid.addColumn(report -> report.version() == 1 ? "" : getTranslation("delivery.version", report.version()))
                .setHeader(getTranslation("delivery.correction")).setAutoWidth(true);
        grid.addComponentColumn(report -> report.status() == ReportStatus.DRAFT
                ? new Span(getTranslation("delivery.draft")) : VarianceBadges.cost(report, properties.currency(), this))
                .setHeader(getTranslation("delivery.cost-variance")).setAutoWidth(true);
        grid.addComponentColumn(report -> report.status() == ReportStatus.DRAFT ? new Span()
                : VarianceBadges.schedule(report, this)).setHeader(getTranslation("delivery.schedule-variance")).setAutoWidth(true);
        grid.addColumn(report -> money(report.spendToDate())).setHeader(getTranslation("delivery.spend-to-date"))
                .setAutoWidth(true);
        grid.addColumn(report -> money(report.projectedCost()))
                .setHeader(getTranslation("delivery.projected-cost")).setAutoWidth(true);
        grid.addColumn(report -> report.percentComplete().stripTrailingZeros().toPlainString() + " %")
                .setHeader(getTranslation("delivery.percent-complete")).setAutoWidth(true);
        grid.addColumn(report -> Labels.of(report.confidence())).setHeader(getTranslation("delivery.confidence"))
                .setAutoWidth(true);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(report -> new Div(
                new Paragraph(report.narrative()),
                new Paragraph(report.correctionReason() == null ? ""
                        : getTranslation("delivery.correction-because", report.correctionReason())))));
        grid.setItems(all);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("delivery.no-report"));
        return grid;
    }

    private Component ratingList(Project project) {
        Grid<RiskRating> grid = new Grid<>();
        grid.addComponentColumn(rating -> VarianceBadges.rating(rating.rating(), this)).setHeader(getTranslation("delivery.rating"))
                .setAutoWidth(true);
        grid.addColumn(rating -> Formats.dateTime(rating.ratedAt(), getLocale()))
                .setHeader(getTranslation("delivery.rated-at")).setAutoWidth(true);
        grid.addColumn(RiskRating::comment).setHeader(getTranslation("delivery.comment")).setFlexGrow(3);
        grid.setItems(ratings.ratings(project.id()));
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("delivery.not-rated"));
        return grid;
    }

    private Component ratingForm(Project project) {
        Select<Integer> rating = new Select<>();
        rating.setLabel(getTranslation("delivery.rating"));
        rating.setItems(5, 4, 3, 2, 1);
        rating.setItemLabelGenerator(value -> getTranslation("delivery.rating-option." + value));
        TextField comment = new TextField(getTranslation("delivery.comment"));
        comment.setWidth("30em");
        ProblemDisplay problems = new ProblemDisplay().field("rating", rating).field("comment", comment);
        Button rate = new Button(getTranslation("delivery.rate"), click -> act(project, problems,
                () -> ratings.rate(project.id(), rating.getValue() == null ? 0 : rating.getValue(),
                        comment.getValue())));
        HorizontalLayout form = new HorizontalLayout(rating, comment, rate);
        form.setAlignItems(Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    private Component milestoneList(Project project) {
        Grid<Milestone> grid = new Grid<>();
        grid.addColumn(Milestone::name).setHeader(getTranslation("delivery.milestone")).setFlexGrow(3);
        grid.addColumn(milestone -> Formats.date(milestone.plannedDate(), getLocale()))
                .setHeader(getTranslation("delivery.planned")).setAutoWidth(true);
        grid.addColumn(milestone -> milestone.actualDate() == null ? getTranslation("delivery.not-reached")
                : Formats.date(milestone.actualDate(), getLocale())).setHeader(getTranslation("delivery.actual"))
                .setAutoWidth(true);
        grid.setItems(milestones.milestones(project.id()));
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("delivery.no-milestones"));
        return grid;
    }

    private Component baselineList(Project project) {
        Div section = new Div();
        section.setWidthFull();
        Grid<Baseline> grid = new Grid<>();
        grid.addColumn(Baseline::number).setHeader("#").setAutoWidth(true);
        grid.addColumn(baseline -> money(baseline.cost())).setHeader(getTranslation("delivery.cost"))
                .setAutoWidth(true);
        grid.addColumn(baseline -> Formats.date(baseline.start(), getLocale()) + " – "
                + Formats.date(baseline.end(), getLocale())).setHeader(getTranslation("delivery.dates"))
                .setAutoWidth(true);
        grid.addColumn(baseline -> baseline.reason() == null ? getTranslation("delivery.at-approval")
                : baseline.reason()).setHeader(getTranslation("delivery.reason")).setFlexGrow(3);
        grid.setItems(baselines.baselines(project.id()));
        grid.setAllRowsVisible(true);
        section.add(grid);
        for (ChangeRequest request : baselines.changeRequests(project.id())) {
            Div card = new Div(new Span(getTranslation("delivery.change-request." + request.status(),
                    money(request.proposedCost()), Formats.date(request.proposedEnd(), getLocale()))),
                    new Paragraph(request.reason()));
            card.addClassName("change-request");
            request.reviews().forEach(review -> card.add(new Paragraph(Labels.of(review.aspect()) + ": "
                    + Labels.of(review.verdict()) + " — " + review.rationale())));
            baselines.aspectToReview(request.id()).ifPresent(aspect -> card.add(verdictForm(project, request)));
            section.add(card);
        }
        return section;
    }

    private Component verdictForm(Project project, ChangeRequest request) {
        TextField rationale = new TextField(getTranslation("delivery.rationale"));
        rationale.setWidth("30em");
        ProblemDisplay problems = new ProblemDisplay().field("rationale", rationale);
        Button endorse = new Button(getTranslation("delivery.endorse"), click -> act(project, problems,
                () -> baselines.review(request.id(), Verdict.ENDORSE, rationale.getValue())));
        endorse.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button object = new Button(getTranslation("delivery.object"), click -> act(project, problems,
                () -> baselines.review(request.id(), Verdict.OBJECT, rationale.getValue())));
        HorizontalLayout form = new HorizontalLayout(rationale, endorse, object);
        form.setAlignItems(Alignment.BASELINE);
        return form;
    }

    private Component rebaselineForm(Project project) {
        BigDecimalField cost = new BigDecimalField(getTranslation("delivery.cost"));
        DatePicker end = new DatePicker(getTranslation("delivery.new-end"));
        TextField reason = new TextField(getTranslation("delivery.reason"));
        reason.setWidth("30em");
        ProblemDisplay problems = new ProblemDisplay().field("cost", cost).field("end", end).field("reason", reason);
        Button propose = new Button(getTranslation("delivery.rebaseline"), click -> act(project, problems,
                () -> baselines.rebaseline(project.id(), new RebaselineInput(cost.getValue(), end.getValue(),
                        reason.getValue()))));
        HorizontalLayout form = new HorizontalLayout(cost, end, reason, propose);
        form.setAlignItems(Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    private String money(BigDecimal amount) {
        return Formats.money(amount, properties.currency(), getLocale());
    }
}
