package org.tablero.publication;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.tablero.assessment.standards.ComplianceOutcome;
import org.tablero.common.Chart;
import org.tablero.common.Chart.Category;
import org.tablero.common.Chart.Scale;
import org.tablero.common.Chart.Series;
import org.tablero.common.ChartCard;
import org.tablero.common.ChartColours;
import org.tablero.common.Labels;
import org.tablero.common.NotFoundException;
import org.tablero.common.StatusBadge;
import org.tablero.layout.MainLayout;
import org.tablero.monitoring.VarianceColour;
import org.tablero.project.YearlyCost;

/**
 * Everything public about one project, for a citizen: what it is for and who runs it, money and time against the
 * plan, variance in colour and words, ratings over time, the standards as a checklist, value, risks, decisions
 * with their rationale, KPIs and user experience, procurement, the baseline's history, and what is withheld and
 * why. Withheld values show their ground, never the value. Drafts and unknown codes are "not found".
 */
@Route(value = PublicAddresses.PROJECTS + "/:code", layout = MainLayout.class)
@AnonymousAllowed
public class PublicProjectView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient PublicPortfolio portfolio;
    private final PublicFormats formats;
    private String title = "";

    public PublicProjectView(PublicPortfolio portfolio, PublicFormats.Factory formatsFactory) {
        this.portfolio = portfolio;
        this.formats = formatsFactory.of(getLocale());
        addClassNames("public-page", "public-project");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("code").orElse("");
        PublicProjectDetail detail;
        try {
            detail = portfolio.detail(code);
        } catch (NotFoundException notPublic) {
            event.rerouteToError(PublicNotFoundException.class, code);
            return;
        }
        PublicProject project = detail.project();
        title = project.code() + " · " + project.title();
        removeAll();
        add(header(detail), moneyAndTime(detail), ratings(detail), standards(detail), value(detail), risks(detail),
                decisions(detail), kpisAndUx(detail), procurement(detail), baselines(detail), reports(detail),
                costs(detail));
        if (detail.transparency() != null) {
            add(transparency(detail.transparency()));
        }
        if (detail.closure() != null) {
            add(closure(detail.closure()));
        }
        add(withheld(detail));
    }

    private Component header(PublicProjectDetail detail) {
        PublicProject project = detail.project();
        Span code = new Span(project.code());
        code.addClassName("project-code");
        Div badges = new Div(StatusBadge.of(project.status()), StatusBadge.of(project.tier()));
        badges.addClassName("badges");
        Paragraph purpose = new Paragraph(Withheld.text(this, project.summary()));
        purpose.addClassName("lead");
        Paragraph runBy = new Paragraph(new Span(getTranslation("public.project.run-by") + " "),
                new Anchor(PublicAddresses.organisation(project.organisationCode()), project.organisationName()),
                new Span(" (" + Labels.of(project.level()) + "). " + getTranslation("public.project.classified",
                        Labels.of(project.category()), Labels.of(project.policyArea()),
                        Labels.of(project.deliveryApproach()), Labels.of(project.fundingSource()))));
        Div header = new Div(code, new H2(project.title()), badges, purpose, runBy);
        if (project.usesAi()) {
            header.add(new Paragraph(getTranslation(project.aiDecidesAboutPeople() ? "public.project.ai-decides"
                    : "public.project.ai")));
        }
        header.addClassName("project-header");
        return header;
    }

    private Component moneyAndTime(PublicProjectDetail detail) {
        PublicProject project = detail.project();
        PublicProgressReport latest = latest(detail.progressReports());
        BigDecimal planned = project.baselineCost() != null ? project.baselineCost() : project.lifecycleCost();
        LocalDate plannedEnd = project.baselineEnd() != null ? project.baselineEnd() : project.plannedEnd();
        Section section = section("money-and-time", "public.project.money-and-time");
        Div bars = new Div();
        bars.addClassName("plan-bars");
        BigDecimal projected = latest == null ? null : latest.projectedCost();
        BigDecimal largest = projected == null || projected.compareTo(planned) < 0 ? planned : projected;
        bars.add(bar("public.project.planned-cost", formats.money(planned), share(planned, largest), "planned"));
        bars.add(projected == null ? noFigure("public.project.projected-cost")
                : bar("public.project.projected-cost", formats.money(projected), share(projected, largest),
                        "projected"));
        LocalDate projectedEnd = latest == null ? null : latest.completed() && latest.actualEnd() != null
                ? latest.actualEnd() : latest.projectedEnd();
        LocalDate start = project.plannedStart();
        long plannedDays = Math.max(1, ChronoUnit.DAYS.between(start, plannedEnd));
        long projectedDays = projectedEnd == null ? 0 : Math.max(1, ChronoUnit.DAYS.between(start, projectedEnd));
        long longest = Math.max(plannedDays, projectedDays);
        bars.add(bar("public.project.planned-end", formats.date(plannedEnd), (double) plannedDays / longest,
                "planned"));
        bars.add(projectedEnd == null ? noFigure("public.project.projected-end")
                : bar("public.project.projected-end", formats.date(projectedEnd), (double) projectedDays / longest,
                        "projected"));
        section.add(bars);
        Div variance = new Div(figure("project.cost-variance", VarianceBadges.cost(this, formats,
                        project.costVariancePct(), project.costColour())),
                figure("project.schedule-variance", VarianceBadges.schedule(this, formats, project.scheduleVarianceDays(),
                        project.scheduleColour())));
        variance.addClassName("figures");
        if (latest != null) {
            variance.add(figure("public.project.spend-to-date", new Span(formats.money(latest.spendToDate()))),
                    figure("public.project.percent-complete", new Span(formats.percent(latest.percentComplete()))),
                    figure("public.project.confidence", new Span(getTranslation("public.confidence."
                            + latest.confidence().name()))));
        }
        section.add(variance);
        section.add(new Paragraph(getTranslation("public.project.variance-rule", formats.band(this,
                VarianceColour.GREEN), formats.band(this, VarianceColour.YELLOW), formats.band(this,
                VarianceColour.RED))));
        if (project.lastReportDate() != null) {
            section.add(new Paragraph(getTranslation("public.project.last-report", formats.date(project
                    .lastReportDate()))));
        }
        if (project.stale()) {
            Span stale = new Span(getTranslation("public.stale.true"));
            stale.addClassNames("badge", "variance-red");
            section.add(new Paragraph(stale, new Span(" " + getTranslation("public.project.stale-note",
                    formats.staleAfterDays()))));
        }
        return section;
    }

    private static double share(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? 0 : part.doubleValue() / whole.doubleValue();
    }

    private Div bar(String labelKey, String value, double share, String kind) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("plan-bar-label");
        Div fill = new Div();
        fill.addClassNames("plan-bar-fill", kind);
        fill.setWidth(Math.round(Math.max(0.02, Math.min(1, share)) * 1000) / 10.0 + "%");
        Div track = new Div(fill);
        track.addClassName("plan-bar-track");
        Span number = new Span(value);
        number.addClassName("plan-bar-value");
        Div row = new Div(label, track, number);
        row.addClassName("plan-bar");
        return row;
    }

    private Div noFigure(String labelKey) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("plan-bar-label");
        Span none = new Span(getTranslation("project.no-report-yet"));
        none.addClassName("plan-bar-none");
        Div row = new Div(label, none);
        row.addClassName("plan-bar");
        return row;
    }

    private Div figure(String labelKey, Component value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("figure-label");
        Div number = new Div(value);
        number.addClassName("figure-value");
        Div figure = new Div(label, number);
        figure.addClassName("figure");
        return figure;
    }

    private Component ratings(PublicProjectDetail detail) {
        Section section = section("ratings", "public.project.ratings");
        List<PublicRating> ratings = detail.ratings();
        if (ratings.isEmpty()) {
            section.add(new Paragraph(getTranslation("public.project.no-ratings")));
            return section;
        }
        List<Category> when = ratings.stream().map(rating -> new Category(String.valueOf(rating.id()),
                formats.date(rating.ratedAt().atZone(ZoneId.systemDefault()).toLocalDate()),
                ChartColours.ofRating(rating.rating()))).toList();
        Chart chart = new Chart(Chart.Type.LINE, getTranslation("public.project.ratings-chart"), when,
                List.of(new Series(getTranslation("public.column.rating"),
                        ratings.stream().map(PublicRating::rating).toList(),
                        number -> getTranslation("public.rating." + number.intValue()), Scale.COUNT))).range(1, 5);
        section.add(new ChartCard(chart, getTranslation("public.column.date")));
        PublicTable comments = new PublicTable(getTranslation("public.column.date"),
                getTranslation("public.column.rating"), getTranslation("public.column.comment"),
                getTranslation("public.column.rated-by"));
        for (PublicRating rating : ratings.reversed()) {
            comments.row(formats.date(rating.ratedAt().atZone(ZoneId.systemDefault()).toLocalDate()),
                    getTranslation("public.rating." + rating.rating()), rating.comment(),
                    rating.raterOrganisationName());
        }
        section.add(comments);
        if (detail.project().ratingStale()) {
            section.add(new Paragraph(getTranslation("public.project.rating-stale")));
        }
        return section;
    }

    private Component standards(PublicProjectDetail detail) {
        Section section = section("standards", "public.project.standards");
        if (detail.standards().isEmpty()) {
            section.add(new Paragraph(getTranslation("public.project.none")));
            return section;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("checklist");
        for (PublicStandardOutcome standard : detail.standards()) {
            Span mark = new Span(mark(standard.outcome()));
            mark.addClassNames("check-mark", "outcome-" + standard.outcome().name().toLowerCase(Locale.ROOT)
                    .replace('_', '-'));
            mark.getElement().setAttribute("aria-hidden", "true");
            Span name = new Span(standardName(standard));
            name.addClassName("standard-name");
            Span outcome = new Span(Labels.of(standard.outcome()));
            outcome.addClassNames("badge", "outcome-" + standard.outcome().name().toLowerCase(Locale.ROOT)
                    .replace('_', '-'));
            ListItem item = new ListItem(mark, name, outcome);
            if (standard.mandatory()) {
                Span mandatory = new Span(getTranslation("public.standard.mandatory"));
                mandatory.addClassName("secondary");
                item.add(mandatory);
            }
            if (standard.reviewerOutcome() == null) {
                Span self = new Span(getTranslation("public.standard.self-assessed"));
                self.addClassName("secondary");
                item.add(self);
            }
            if (standard.waived()) {
                item.add(new Paragraph(getTranslation("public.standard.waived", standard.waiverJustification())));
            }
            list.add(item);
        }
        section.add(list);
        return section;
    }

    private static String mark(ComplianceOutcome outcome) {
        return switch (outcome) {
            case MET -> "✓";
            case PARTIALLY_MET -> "◐";
            case NOT_MET -> "✗";
            case NOT_APPLICABLE -> "–";
        };
    }

    private String standardName(PublicStandardOutcome standard) {
        return switch (getLocale().getLanguage()) {
            case "es" -> standard.nameEs();
            case "pt" -> standard.namePt();
            default -> standard.nameEn();
        };
    }

    private Component value(PublicProjectDetail detail) {
        Section section = section("value", "public.project.value");
        PublicValueScore value = detail.value();
        if (value == null) {
            section.add(new Paragraph(getTranslation("public.project.none")));
            return section;
        }
        Div figures = new Div(
                figure("public.value.score", new Span(value.valueScore() == null ? "–"
                        : getTranslation("public.value.out-of-five", formats.number(value.valueScore())))),
                figure("public.value.npv", new Span(formats.money(value.netPresentValue()))),
                figure("public.value.bcr", new Span(value.benefitCostRatio() == null ? "–"
                        : formats.number(value.benefitCostRatio()))),
                figure("public.value.payback", new Span(value.paybackYear() == null ? "–"
                        : String.valueOf(value.paybackYear()))));
        if (value.peopleReached() != null) {
            figures.add(figure("public.value.people", new Span(formats.count(value.peopleReached()))));
        }
        figures.addClassName("figures");
        section.add(figures);
        PublicTable scores = new PublicTable(getTranslation("public.column.dimension"),
                getTranslation("public.column.score"), getTranslation("public.column.why"));
        scores.row(getTranslation("public.value.economic"), score(value.economicScore()), "");
        scores.row(getTranslation("public.value.social"), score(value.socialScore()),
                joined(Withheld.text(this, value.inclusion()), Withheld.text(this, value.serviceImprovement())));
        scores.row(getTranslation("public.value.strategic"), score(value.strategicScore()),
                Withheld.text(this, value.strategicAlignment()));
        scores.row(getTranslation("public.value.environmental"), score(value.environmentalScore()),
                joined(Withheld.text(this, value.energyAndEmissions()), Withheld.text(this, value.hardwareLifecycle()),
                        Withheld.text(this, value.greenByDesign())));
        scores.row(getTranslation("public.value.reuse"), "", Withheld.text(this, value.reuse()));
        section.add(scores);
        return section;
    }

    private static String score(@Nullable Integer score) {
        return score == null ? "–" : score + " / 5";
    }

    private static Component joined(Component... parts) {
        Div all = new Div(parts);
        all.addClassName("stacked");
        return all;
    }

    private Component risks(PublicProjectDetail detail) {
        Section section = section("risks", "public.project.risks");
        if (!detail.withheldRiskCounts().isEmpty()) {
            String counts = detail.withheldRiskCounts().stream().map(count -> getTranslation(
                    "public.risk.withheld-count", count.count(), Labels.of(count.residualLevel())))
                    .collect(Collectors.joining(", "));
            Paragraph withheld = new Paragraph(getTranslation("public.risk.withheld-summary", counts,
                    Withheld.ground(this, WithholdingReason.CYBERSECURITY, null)));
            withheld.addClassName("withheld-summary");
            section.add(withheld);
        }
        if (detail.risks().isEmpty()) {
            section.add(new Paragraph(getTranslation("public.project.none")));
            return section;
        }
        PublicTable table = new PublicTable(getTranslation("public.column.category"),
                getTranslation("public.column.residual-level"), getTranslation("public.column.description"),
                getTranslation("public.column.mitigation"), getTranslation("public.column.owner"),
                getTranslation("project.status"));
        for (PublicRisk risk : detail.risks()) {
            Span level = new Span(Labels.of(risk.residualLevel()));
            level.addClassNames("badge", "level-" + risk.residualLevel().name().toLowerCase(Locale.ROOT));
            table.row(Labels.of(risk.category()), level, Withheld.text(this, risk.description()),
                    Withheld.text(this, risk.mitigation()), Withheld.text(this, risk.owner()),
                    Labels.of(risk.status()));
        }
        section.add(table);
        return section;
    }

    private Component decisions(PublicProjectDetail detail) {
        Section section = section("decisions", "public.project.decisions");
        if (detail.decisions().isEmpty() && detail.lifecycle().isEmpty()) {
            section.add(new Paragraph(getTranslation("timeline.empty")));
            return section;
        }
        PublicTable reviews = new PublicTable(getTranslation("public.column.date"),
                getTranslation("public.column.round"), getTranslation("public.column.aspect"),
                getTranslation("public.column.verdict"), getTranslation("public.column.by"),
                getTranslation("public.column.rationale"));
        for (PublicDecision decision : detail.decisions()) {
            Span verdict = new Span(Labels.of(decision.verdict()));
            verdict.addClassNames("badge", "verdict-badge-" + decision.verdict().name().toLowerCase(Locale.ROOT)
                    .replace('_', '-'));
            reviews.row(formats.dateTime(decision.givenAt()), decision.round(), Labels.of(decision.aspect()), verdict,
                    Labels.of(decision.reviewerRole()) + ", " + decision.reviewerOrganisationName(),
                    rationale(decision.rationale()));
        }
        if (!reviews.isEmpty()) {
            section.add(new H3(getTranslation("public.project.review-verdicts")), reviews);
        }
        PublicTable steps = new PublicTable(getTranslation("public.column.date"),
                getTranslation("public.column.step"), getTranslation("public.column.by"),
                getTranslation("public.column.rationale"));
        for (PublicLifecycleStep step : detail.lifecycle()) {
            steps.row(formats.dateTime(step.takenAt()), getTranslation("timeline.step." + step.action().name()),
                    step.actorRole() == null ? "" : Labels.of(step.actorRole())
                            + (step.actorOrganisationName() == null ? "" : ", " + step.actorOrganisationName()),
                    rationale(step.rationale()));
        }
        if (!steps.isEmpty()) {
            section.add(new H3(getTranslation("public.project.lifecycle")), steps);
        }
        return section;
    }

    private static Component rationale(@Nullable String text) {
        Span rationale = new Span(text == null ? "" : text);
        rationale.addClassName("rationale");
        return rationale;
    }

    private Component kpisAndUx(PublicProjectDetail detail) {
        Section section = section("kpis", "public.project.kpis");
        if (detail.kpis().isEmpty()) {
            section.add(new Paragraph(getTranslation("public.project.no-kpis")));
        } else {
            PublicTable kpis = new PublicTable(getTranslation("public.column.indicator"),
                    getTranslation("public.column.baseline"), getTranslation("public.column.target"),
                    getTranslation("public.column.latest"), getTranslation("public.column.met"));
            for (PublicKpi kpi : detail.kpis()) {
                Span met = new Span(getTranslation(kpi.met() == null ? "public.kpi.not-measured"
                        : kpi.met() ? "public.kpi.met" : "public.kpi.not-met"));
                if (kpi.met() != null) {
                    met.addClassNames("badge", kpi.met() ? "variance-green" : "variance-red");
                }
                kpis.row(kpi.name() + " (" + kpi.unit() + ")", formats.number(kpi.baselineValue()),
                        getTranslation("public.kpi.target", formats.number(kpi.targetValue()),
                                formats.date(kpi.targetDate()), getTranslation("public.kpi.direction."
                                        + kpi.direction())),
                        kpi.latestValue() == null ? "–" : formats.number(kpi.latestValue()) + " ("
                                + formats.date(kpi.latestMeasuredOn()) + ")", met);
            }
            section.add(kpis);
        }
        section.add(new H3(getTranslation("public.project.ux")));
        if (detail.uxMeasures().isEmpty()) {
            section.add(new Paragraph(getTranslation("public.project.no-ux")));
            return section;
        }
        PublicTable ux = new PublicTable(getTranslation("public.column.period"),
                getTranslation("public.ux.satisfaction"), getTranslation("public.ux.completion"),
                getTranslation("public.ux.take-up"), getTranslation("public.ux.cost-per-transaction"));
        for (PublicUxMeasure measure : detail.uxMeasures().reversed()) {
            ux.row(month(measure.period()), measure.satisfactionPct() == null ? "–"
                            : getTranslation("public.ux.satisfaction-of", formats.percent(measure.satisfactionPct()),
                                    measure.responses()),
                    formats.percent(measure.completionRate()), formats.percent(measure.digitalTakeUp()),
                    formats.money(measure.costPerTransaction()));
        }
        section.add(ux);
        return section;
    }

    private String month(LocalDate period) {
        return period.format(DateTimeFormatter.ofPattern("LLLL yyyy", getLocale()));
    }

    private Component procurement(PublicProjectDetail detail) {
        Section section = section("procurement", "public.project.procurement");
        PublicProcurement procurement = detail.procurement();
        if (procurement != null) {
            Div facts = new Div();
            facts.addClassName("details");
            fact(facts, "public.procurement.method", new Span(Labels.of(procurement.method())));
            fact(facts, "public.procurement.joint", new Span(Labels.of(procurement.jointProcurement())));
            fact(facts, "public.procurement.rationale", Withheld.text(this, procurement.rationale()));
            section.add(facts);
        }
        if (detail.contracts().isEmpty()) {
            section.add(new Paragraph(getTranslation("public.project.no-contracts")));
            return section;
        }
        PublicTable contracts = new PublicTable(getTranslation("public.column.supplier"),
                getTranslation("public.column.value"), getTranslation("public.column.period"),
                getTranslation("public.column.ocid"));
        for (PublicContract contract : detail.contracts()) {
            contracts.row(Withheld.text(this, contract.supplier()), Withheld.of(this, contract.value(),
                    formats::money), formats.date(contract.startDate()) + " – " + formats.date(contract.endDate()),
                    contract.ocid());
        }
        section.add(contracts);
        return section;
    }

    private void fact(Div facts, String labelKey, Component value) {
        Div fact = new Div(new Span(getTranslation(labelKey)), value);
        fact.addClassName("detail");
        facts.add(fact);
    }

    private Component baselines(PublicProjectDetail detail) {
        Section section = section("baseline", "public.project.baseline");
        section.add(new Paragraph(getTranslation("public.project.rebaselines", detail.project().rebaselines())));
        if (!detail.baselines().isEmpty()) {
            PublicTable baselines = new PublicTable(getTranslation("public.column.baseline-number"),
                    getTranslation("public.column.cost"), getTranslation("public.column.period"),
                    getTranslation("public.column.reason"), getTranslation("public.column.fixed-on"));
            for (PublicBaseline baseline : detail.baselines()) {
                baselines.row(baseline.number(), formats.money(baseline.cost()), formats.date(baseline.startDate())
                        + " – " + formats.date(baseline.endDate()), baseline.reason(),
                        formats.dateTime(baseline.fixedAt()));
            }
            section.add(baselines);
        }
        if (!detail.changeRequests().isEmpty()) {
            PublicTable requests = new PublicTable(getTranslation("public.column.date"),
                    getTranslation("public.column.proposed-cost"), getTranslation("public.column.proposed-end"),
                    getTranslation("public.column.reason"), getTranslation("project.status"));
            for (PublicChangeRequest request : detail.changeRequests()) {
                requests.row(formats.dateTime(request.openedAt()), formats.money(request.proposedCost()),
                        formats.date(request.proposedEnd()), request.reason(),
                        getTranslation("public.change-request." + request.status()));
            }
            section.add(new H3(getTranslation("public.project.change-requests")), requests);
        }
        if (!detail.milestones().isEmpty()) {
            PublicTable milestones = new PublicTable(getTranslation("public.column.milestone"),
                    getTranslation("public.column.planned"), getTranslation("public.column.actual"));
            for (PublicMilestone milestone : detail.milestones()) {
                milestones.row(milestone.name(), formats.date(milestone.plannedDate()),
                        milestone.actualDate() == null ? "–" : formats.date(milestone.actualDate()));
            }
            section.add(new H3(getTranslation("public.project.milestones")), milestones);
        }
        return section;
    }

    private Component reports(PublicProjectDetail detail) {
        Section section = section("reports", "public.project.reports");
        if (detail.progressReports().isEmpty()) {
            section.add(new Paragraph(getTranslation("project.no-report-yet")));
            return section;
        }
        PublicTable reports = new PublicTable(getTranslation("public.column.period"),
                getTranslation("public.project.percent-complete"), getTranslation("public.project.spend-to-date"),
                getTranslation("public.project.projected-cost"), getTranslation("public.project.projected-end"),
                getTranslation("public.project.confidence"), getTranslation("public.column.narrative"));
        for (PublicProgressReport report : detail.progressReports().reversed()) {
            String period = month(report.period()) + (report.version() > 1
                    ? " · " + getTranslation("public.report.correction", report.version(),
                            report.correctionReason() == null ? "" : report.correctionReason()) : "");
            reports.row(period, formats.percent(report.percentComplete()), formats.money(report.spendToDate()),
                    formats.money(report.projectedCost()), formats.date(report.projectedEnd()),
                    getTranslation("public.confidence." + report.confidence().name()),
                    Withheld.text(this, report.narrative()));
        }
        section.add(reports);
        return section;
    }

    private Component costs(PublicProjectDetail detail) {
        Section section = section("costs", "public.project.costs");
        PublicTable costs = new PublicTable(getTranslation("public.column.year"),
                getTranslation("public.column.capital"), getTranslation("public.column.operating"),
                getTranslation("public.column.total"));
        for (YearlyCost cost : detail.costs()) {
            costs.row(String.valueOf(cost.fiscalYear()), formats.money(cost.capital()), formats.money(cost.operating()),
                    formats.money(cost.capital().add(cost.operating())));
        }
        costs.row(getTranslation("public.column.total"), "", "", formats.money(detail.project().lifecycleCost()));
        section.add(costs);
        if (!detail.infrastructure().isEmpty()) {
            section.add(new Paragraph(getTranslation("public.project.infrastructure", detail.infrastructure().stream()
                    .map(Labels::of).collect(Collectors.joining(", ")))));
        }
        return section;
    }

    private Component transparency(PublicTransparency transparency) {
        Section section = section("transparency", "public.project.transparency");
        Div facts = new Div();
        facts.addClassName("details");
        fact(facts, "public.transparency.purpose", new Span(transparency.purpose()));
        fact(facts, "public.transparency.data", new Span(transparency.dataUsed()));
        fact(facts, "public.transparency.oversight", new Span(transparency.humanOversight()));
        section.add(facts);
        return section;
    }

    private Component closure(PublicClosure closure) {
        Section section = section("closure", "public.project.closure");
        Div facts = new Div();
        facts.addClassName("details");
        fact(facts, "public.closure.benefits", new Span(formats.money(closure.realisedBenefits())));
        fact(facts, "public.closure.summary", Withheld.text(this, closure.benefitsSummary()));
        fact(facts, "public.closure.lessons", Withheld.text(this, closure.lessonsLearned()));
        section.add(facts);
        return section;
    }

    private Component withheld(PublicProjectDetail detail) {
        Section section = section("withheld", "public.project.withheld");
        if (detail.withheld().isEmpty() && detail.withheldRiskCounts().isEmpty()) {
            section.add(new Paragraph(getTranslation("public.project.nothing-withheld")));
            return section;
        }
        section.add(new Paragraph(getTranslation("public.project.withheld-intro")));
        Map<String, Long> counted = detail.withheld().stream().collect(Collectors.groupingBy(
                field -> getTranslation("public.field." + field.field()) + ": "
                        + Withheld.ground(this, field.reason(), field.withheld()),
                TreeMap::new, Collectors.counting()));
        UnorderedList list = new UnorderedList();
        counted.forEach((what, times) -> list.add(new ListItem(times > 1 ? what + " (×" + times + ")" : what)));
        section.add(list);
        return section;
    }

    private Section section(String id, String headingKey) {
        Section section = new Section(new H3(getTranslation(headingKey)));
        section.setId(id);
        section.addClassName("project-section");
        return section;
    }

    /** The latest version of the latest period; the lists are oldest first. */
    private static @Nullable PublicProgressReport latest(List<PublicProgressReport> reports) {
        return reports.stream().filter(PublicProgressReport::latestVersion)
                .max(Comparator.comparing(PublicProgressReport::period)).orElse(null);
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
