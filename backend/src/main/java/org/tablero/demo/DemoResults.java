package org.tablero.demo;

import static org.tablero.demo.DemoBackdating.at;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.springframework.stereotype.Component;
import org.tablero.monitoring.results.ClosureInput;
import org.tablero.monitoring.results.Kpi;
import org.tablero.monitoring.results.KpiDirection;
import org.tablero.monitoring.results.KpiInput;
import org.tablero.monitoring.results.KpiMeasurementInput;
import org.tablero.monitoring.results.ResultsService;
import org.tablero.monitoring.results.UxMeasurementInput;
import org.tablero.project.Project;
import org.tablero.project.ProjectStatus;

/**
 * What the demo projects achieve, through the real results service: every project plans one to three KPIs with
 * its milestones; a started project measures them each month and, once its service is live, records its four
 * user-experience figures; a completed project records its closure. The figures follow the progress the project
 * reported and its {@link Story}: one that overran and slipped delivers less. Runs as the owner.
 */
@Component
class DemoResults {

    /** The last year of measurements, as with the authority's ratings. */
    private static final int MEASURED_MONTHS = 12;
    /** A project's service is live for its users from the month it is this far (percent complete). */
    private static final int LIVE_FROM = 40;

    /**
     * A KPI any digital service can have: its text, which way it improves, its baseline and target, and the
     * progress (percent complete) over which it moves from one to the other if the project delivers as planned.
     */
    private record Template(String key, KpiDirection direction, int baseline, int target, int from, int to) {
    }

    /** In the order they are added; they share the target date, so they are read back in that order too. */
    private static final List<Template> KPIS = List.of(
            new Template("kpi-online", KpiDirection.INCREASE, 15, 60, 20, 90),
            new Template("kpi-days", KpiDirection.DECREASE, 20, 5, 10, 50),
            new Template("kpi-people", KpiDirection.INCREASE, 0, 5_000, 30, 95));

    private final ResultsService results;
    private final DemoBackdating backdating;

    DemoResults(ResultsService results, DemoBackdating backdating) {
        this.results = results;
        this.backdating = backdating;
    }

    /** One to three KPIs due at the end of the plan; saved while the project is a draft, with the milestones. */
    void plan(Project project, DemoLanguage language) {
        int count = 1 + (int) (project.id() % 3);
        for (Template template : KPIS.subList(0, count)) {
            // the people a service reaches depend on its size
            int scale = template.key().equals("kpi-people") ? 2 + (int) (project.id() % 9) : 1;
            results.addKpi(project.id(), new KpiInput(language.text(template.key()),
                    language.text(template.key() + "-unit"), BigDecimal.valueOf(template.baseline()),
                    BigDecimal.valueOf((long) template.target() * scale), project.plannedEnd(),
                    template.direction()));
        }
    }

    /**
     * The KPIs and user-experience figures of the last months: up to the latest report, or up to last month for a
     * completed project, whose service is in use.
     *
     * @param progress the percent complete the project reported for each month
     */
    void measure(Project project, Story story, DemoLanguage language, SortedMap<YearMonth, Integer> progress) {
        YearMonth last = story.status() == ProjectStatus.COMPLETED ? YearMonth.now().minusMonths(1)
                : progress.lastKey();
        YearMonth first = last.minusMonths(MEASURED_MONTHS - 1).isAfter(progress.firstKey())
                ? last.minusMonths(MEASURED_MONTHS - 1) : progress.firstKey();
        YearMonth live = progress.entrySet().stream().filter(month -> month.getValue() >= LIVE_FROM)
                .map(Map.Entry::getKey).findFirst().orElse(null);
        List<Kpi> kpis = results.kpis(project.id());
        Map<Long, Instant> measured = new LinkedHashMap<>();
        Map<Long, Instant> experienced = new LinkedHashMap<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            int percent = progress.getOrDefault(month, 100);
            Instant recorded = at(month.plusMonths(1).atDay(4), 10);
            for (int k = 0; k < kpis.size(); k++) {
                Kpi kpi = kpis.get(k);
                BigDecimal value = value(kpi, KPIS.get(k), percent, story, jitter(project, month, k));
                measured.put(results.addMeasurement(project.id(), kpi.id(), new KpiMeasurementInput(
                        month.atEndOfMonth(), value, language.text("kpi-note"))).id(), recorded);
            }
            if (live != null && !month.isBefore(live)) {
                int monthsLive = (int) live.until(month, ChronoUnit.MONTHS) + 1;
                experienced.put(results.addUxMeasurement(project.id(),
                        experience(project, story, month, monthsLive)).id(), recorded);
            }
        }
        backdating.kpiMeasurements(measured);
        backdating.uxMeasurements(experienced);
    }

    /** The benefits realised against the value proposition, three weeks after the project ended. */
    void close(Project project, Story story, DemoLanguage language) {
        double share = Math.min(1.05, story.achievement() - 0.05);
        boolean asPlanned = share >= 0.95;
        BigDecimal realised = DemoDelivery.amount(results.plannedBenefits(project.id()).doubleValue() * share);
        results.recordClosure(project.id(), new ClosureInput(realised,
                language.text(asPlanned ? "closure-benefits" : "closure-benefits-short"),
                language.text(asPlanned ? "closure-lessons" : "closure-lessons-short")));
        YearMonth ended = story.lastReported(YearMonth.now());
        backdating.closure(project.id(), at(at(ended.atEndOfMonth(), 12), Duration.ofDays(21)));
    }

    /** From baseline towards target as the project progresses, as far as its achievement carries it. */
    private static BigDecimal value(Kpi kpi, Template template, int percent, Story story, double jitter) {
        double ramp = (percent - template.from()) / (double) (template.to() - template.from());
        ramp = Math.max(0, Math.min(1, ramp));
        double baseline = kpi.baselineValue().doubleValue();
        double target = kpi.targetValue().doubleValue();
        double value = baseline + (target - baseline) * ramp * story.achievement() * (1 + jitter);
        return BigDecimal.valueOf(Math.max(0, value)).setScale(target >= 1_000 ? 0 : 1, RoundingMode.HALF_UP);
    }

    /**
     * A month's user-experience figures: more responses and better figures as the service matures over its first
     * ten months, and as far as the project's achievement carries it.
     */
    private static UxMeasurementInput experience(Project project, Story story, YearMonth month, int monthsLive) {
        double maturity = Math.min(1, monthsLive / 10.0) * Math.min(1, story.achievement());
        double jitter = jitter(project, month, 7);
        int responses = 120 + (int) (project.id() % 7) * 90 + monthsLive * 20;
        int satisfied = (int) Math.round(responses * (0.58 + 0.27 * maturity + jitter));
        return new UxMeasurementInput(month.atDay(1), satisfied, responses,
                percent(66 + 26 * maturity + 100 * jitter), percent(18 + 55 * maturity),
                BigDecimal.valueOf(14.5 - 10 * maturity).setScale(2, RoundingMode.HALF_UP));
    }

    /** Within ±2 %, the same for the same project, month and figure. */
    private static double jitter(Project project, YearMonth month, int figure) {
        return ((project.id() * 31 + month.getMonthValue() * 7 + figure * 13) % 5 - 2) / 100.0;
    }

    private static BigDecimal percent(double value) {
        return BigDecimal.valueOf(Math.max(0, Math.min(100, value))).setScale(1, RoundingMode.HALF_UP);
    }
}
