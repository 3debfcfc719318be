package org.tablero.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.tablero.ViewTest;
import org.tablero.approval.ReviewAspect;
import org.tablero.approval.Verdict;
import org.tablero.monitoring.Baseline;
import org.tablero.monitoring.BaselineService;
import org.tablero.monitoring.ChangeRequest;
import org.tablero.monitoring.ChangeRequestStatus;
import org.tablero.monitoring.DeliveryService;
import org.tablero.monitoring.DeliveryStatus;
import org.tablero.monitoring.DueItem;
import org.tablero.monitoring.Milestone;
import org.tablero.monitoring.MilestoneService;
import org.tablero.monitoring.MonitoringQueue;
import org.tablero.monitoring.ProgressReport;
import org.tablero.monitoring.ProgressReportService;
import org.tablero.monitoring.RatingService;
import org.tablero.monitoring.RiskRating;
import org.tablero.monitoring.Staleness;
import org.tablero.monitoring.VarianceColour;
import org.tablero.monitoring.results.Closure;
import org.tablero.monitoring.results.Kpi;
import org.tablero.monitoring.results.KpiStatus;
import org.tablero.monitoring.results.ResultsService;
import org.tablero.monitoring.results.UxMeasurement;
import org.tablero.project.Project;
import org.tablero.project.ProjectFilter;
import org.tablero.project.ProjectService;
import org.tablero.project.ProjectSort;
import org.tablero.project.ProjectStatus;
import org.tablero.project.ProjectSummary;

/**
 * The demo portfolio's delivery history, as a budget office relies on it: monthly reports up to last month or a
 * stale flag, a mix of variance colours, the authority's rating history, baseline changes in every state, KPIs
 * met and not met, user-experience figures of live services, and the closure of completed projects.
 * Judged as of the day the demo was loaded, since the test database may be kept for a while.
 */
@ViewTest
@WithUserDetails("budget")
class DemoPortfolioTest {

    private static final int STALE_AFTER_DAYS = 45;
    private static final Set<ProjectStatus> STARTED = EnumSet.of(ProjectStatus.IN_EXECUTION, ProjectStatus.ON_HOLD,
            ProjectStatus.COMPLETED);

    @Autowired
    ProjectService projects;

    @Autowired
    ProgressReportService reports;

    @Autowired
    DeliveryService delivery;

    @Autowired
    RatingService ratings;

    @Autowired
    BaselineService baselines;

    @Autowired
    MilestoneService milestones;

    @Autowired
    ResultsService results;

    @Autowired
    MonitoringQueue queue;

    @Test
    void projects_in_execution_reported_every_month_up_to_last_month_unless_flagged_stale() {
        List<Project> running = demoProjects(EnumSet.of(ProjectStatus.IN_EXECUTION));
        List<String> stale = new ArrayList<>();

        for (Project project : running) {
            LocalDate loaded = loadedOn(project);
            DeliveryStatus status = delivery.status(project.id());
            ProgressReport latest = status.latestReport();
            assertThat(latest).as(project.code()).isNotNull();
            assertThat(monthsReported(project)).as("one report a month, without gaps: " + project.code())
                    .isEqualTo(months(monthsReported(project).getFirst(), latest.period()));
            if (latest.period().equals(YearMonth.from(loaded).minusMonths(1))) {
                assertThat(Staleness.isStale(project.status(), latest.reportDate(), null, loaded, STALE_AFTER_DAYS))
                        .isFalse();
            } else {
                assertThat(status.stale()).as(project.code() + " silent since " + latest.period()).isTrue();
                assertThat(ChronoUnit.DAYS.between(latest.reportDate(), loaded)).as("2 to 4 months")
                        .isBetween((long) STALE_AFTER_DAYS, 4 * 31L);
                stale.add(project.code());
            }
        }

        assertThat(running).hasSizeGreaterThanOrEqualTo(10);
        assertThat(stale).as("a few stale projects").hasSizeBetween(2, running.size() / 3);
    }

    @Test
    void reports_follow_the_plan_and_were_submitted_after_their_month() {
        for (Project project : demoProjects(EnumSet.of(ProjectStatus.IN_EXECUTION, ProjectStatus.ON_HOLD,
                ProjectStatus.COMPLETED))) {
            YearMonth start = YearMonth.from(project.plannedStart());
            YearMonth first = monthsReported(project).getFirst();
            YearMonth earliest = YearMonth.from(loadedOn(project)).minusMonths(18);
            assertThat(first).as(project.code()).isEqualTo(start.isBefore(earliest) ? earliest : start);
            for (ProgressReport report : reports.reports(project.id())) {
                assertThat(report.submittedAt().atZone(ZoneOffset.UTC).toLocalDate())
                        .as(project.code() + " " + report.period()).isAfter(report.period().atEndOfMonth());
                assertThat(report.narrative()).isNotBlank();
            }
        }
    }

    @Test
    void variance_colours_are_mostly_green_with_several_yellow_and_red() {
        List<ProgressReport> latest = demoProjects(EnumSet.of(ProjectStatus.IN_EXECUTION, ProjectStatus.ON_HOLD,
                ProjectStatus.COMPLETED)).stream().map(project -> delivery.status(project.id()).latestReport())
                .toList();

        Map<VarianceColour, Long> cost = count(latest, report -> report.costVariance().colour());
        Map<VarianceColour, Long> schedule = count(latest, report -> report.scheduleVariance().colour());

        assertThat(cost.keySet()).containsExactlyInAnyOrder(VarianceColour.values());
        assertThat(schedule.keySet()).containsExactlyInAnyOrder(VarianceColour.values());
        assertThat(cost.get(VarianceColour.GREEN)).isGreaterThan(latest.size() / 2L);
        assertThat(schedule.get(VarianceColour.GREEN)).isGreaterThan(latest.size() / 2L);
    }

    @Test
    void the_authority_rates_each_project_in_execution_monthly_with_a_history_that_moves() {
        List<Project> running = demoProjects(EnumSet.of(ProjectStatus.IN_EXECUTION));
        int moving = 0;

        for (Project project : running) {
            List<RiskRating> history = ratings.ratings(project.id());
            assertThat(history).as(project.code()).hasSizeGreaterThanOrEqualTo(4);
            assertThat(history.stream().map(rating -> YearMonth.from(rating.ratedAt().atZone(ZoneOffset.UTC)))
                    .distinct()).as("one a month").hasSameSizeAs(history);
            assertThat(history).allSatisfy(rating -> assertThat(rating.comment()).isNotBlank());
            assertThat(ChronoUnit.DAYS.between(history.getFirst().ratedAt().atZone(ZoneOffset.UTC).toLocalDate(),
                    loadedOn(project))).as("the latest rating is recent").isLessThan(31);
            assertThat(delivery.status(project.id()).latestRating()).isEqualTo(history.getFirst());
            if (history.stream().map(RiskRating::rating).distinct().count() > 1) {
                moving++;
            }
        }

        assertThat(moving).as("ratings that changed over the months").isGreaterThanOrEqualTo(running.size() / 3);
    }

    @Test
    @WithUserDetails("authority")
    void a_change_request_beyond_the_tolerance_waits_for_the_authority_and_another_was_approved() {
        Map<ChangeRequestStatus, List<ChangeRequest>> requests = demoProjects(EnumSet.of(ProjectStatus.IN_EXECUTION))
                .stream().flatMap(project -> baselines.changeRequests(project.id()).stream())
                .collect(Collectors.groupingBy(ChangeRequest::status));

        assertThat(requests.get(ChangeRequestStatus.OPEN)).singleElement().satisfies(open -> {
            assertThat(open.reviews()).isEmpty();
            assertThat(baselines.aspectToReview(open.id())).contains(ReviewAspect.STANDARDS_AND_RISK);
            assertThat(queue.changeRequestsWaiting()).extracting(DueItem::changeRequestId).contains(open.id());
        });
        assertThat(requests.get(ChangeRequestStatus.APPROVED)).singleElement().satisfies(approved -> {
            assertThat(approved.reviews()).extracting(review -> review.verdict())
                    .containsOnly(Verdict.ENDORSE).hasSize(2);
            List<Baseline> plans = baselines.baselines(approved.projectId());
            assertThat(plans).hasSize(2);
            assertThat(plans.getLast().cost()).isEqualByComparingTo(approved.proposedCost());
        });
    }

    @Test
    void one_project_was_rebaselined_within_the_tolerance_without_a_review() {
        List<Project> rebaselined = demoProjects(EnumSet.of(ProjectStatus.IN_EXECUTION)).stream()
                .filter(project -> baselines.baselines(project.id()).size() > 1
                        && baselines.changeRequests(project.id()).isEmpty())
                .toList();

        assertThat(rebaselined).singleElement().satisfies(project -> {
            List<Baseline> plans = baselines.baselines(project.id());
            double change = plans.getLast().cost().doubleValue() / plans.getFirst().cost().doubleValue() - 1;
            assertThat(change).isBetween(0.0, 0.10);
        });
    }

    @Test
    void a_corrected_month_keeps_both_versions_with_the_reason() {
        List<ProgressReport> corrections = demoProjects(EnumSet.of(ProjectStatus.IN_EXECUTION)).stream()
                .flatMap(project -> reports.reports(project.id()).stream())
                .filter(ProgressReport::isCorrection).toList();

        assertThat(corrections).singleElement().satisfies(correction -> {
            assertThat(correction.correctionReason()).isNotBlank();
            assertThat(reports.reports(correction.projectId())).filteredOn(report -> report.period()
                    .equals(correction.period())).extracting(ProgressReport::version).containsExactly(2, 1);
        });
    }

    @Test
    void completed_projects_end_with_a_final_report_of_their_actual_cost_and_end() {
        List<Project> completed = demoProjects(EnumSet.of(ProjectStatus.COMPLETED));

        assertThat(completed).isNotEmpty().allSatisfy(project -> {
            ProgressReport last = delivery.status(project.id()).latestReport();
            assertThat(last.completed()).isTrue();
            assertThat(last.percentComplete()).isEqualByComparingTo("100");
            assertThat(last.actualEnd()).isBeforeOrEqualTo(loadedOn(project));
            assertThat(milestones.milestones(project.id())).allSatisfy(milestone ->
                    assertThat(milestone.actualDate()).isNotNull().isBeforeOrEqualTo(last.actualEnd()));
        });
    }

    @Test
    void every_demo_project_has_three_to_six_milestones_within_its_plan() {
        List<Project> all = demoProjects(EnumSet.allOf(ProjectStatus.class));

        assertThat(all).hasSize(DemoPortfolio.PROJECTS.size()).allSatisfy(project -> {
            List<Milestone> plan = milestones.milestones(project.id());
            assertThat(plan).hasSizeBetween(3, 6);
            assertThat(plan).allSatisfy(milestone -> assertThat(milestone.plannedDate())
                    .isBetween(project.plannedStart(), project.plannedEnd()));
        });
    }

    @Test
    @WithUserDetails("officer")
    void the_demo_officer_has_a_report_due_on_a_stale_project() {
        Set<String> titles = demoTitles();

        assertThat(queue.reportsDue()).filteredOn(due -> titles.contains(due.title())).isNotEmpty();
    }

    @Test
    void every_demo_project_plans_kpis_and_started_ones_measure_them_monthly_some_met_some_not() {
        List<Kpi> started = new ArrayList<>();
        for (Project project : demoProjects(EnumSet.allOf(ProjectStatus.class))) {
            List<Kpi> kpis = results.kpis(project.id());
            assertThat(kpis).as(project.code()).hasSizeBetween(1, 3);
            if (STARTED.contains(project.status())) {
                started.addAll(kpis);
                for (Kpi kpi : kpis) {
                    List<YearMonth> months = results.measurements(project.id(), kpi.id()).stream()
                            .map(measurement -> YearMonth.from(measurement.measuredOn())).toList();
                    assertThat(months).as(project.code() + " " + kpi.name()).hasSizeGreaterThanOrEqualTo(3)
                            .isEqualTo(months(months.getFirst(), months.getLast()));
                }
            }
        }

        assertThat(started).extracting(Kpi::status).contains(KpiStatus.MET, KpiStatus.NOT_MET, KpiStatus.IN_PROGRESS)
                .doesNotContain(KpiStatus.NOT_MEASURED);
    }

    @Test
    void live_services_report_their_user_experience_every_month() {
        List<Project> running = demoProjects(EnumSet.of(ProjectStatus.IN_EXECUTION, ProjectStatus.COMPLETED));
        int live = 0;
        int improving = 0;

        for (Project project : running) {
            List<UxMeasurement> figures = results.uxMeasurements(project.id());
            if (figures.isEmpty()) {
                continue;
            }
            live++;
            List<YearMonth> months = figures.stream().map(figure -> YearMonth.from(figure.period())).toList();
            assertThat(months).as(project.code()).isEqualTo(months(months.getFirst(), months.getLast()));
            assertThat(figures).allSatisfy(figure -> {
                assertThat(figure.responses()).isPositive();
                assertThat(figure.satisfaction()).isBetween(BigDecimal.ZERO, new BigDecimal(100));
                assertThat(figure.completionRate()).isNotNull();
                assertThat(figure.digitalTakeUp()).isNotNull();
                assertThat(figure.costPerTransaction()).isPositive();
            });
            if (figures.getLast().satisfaction().subtract(figures.getFirst().satisfaction()).doubleValue() >= 10) {
                improving++;
            }
        }

        assertThat(live).isGreaterThan(running.size() / 2);
        assertThat(improving).as("services whose users grew more satisfied as they matured").isPositive();
    }

    @Test
    void completed_projects_record_their_closure_against_the_planned_benefits() {
        List<Closure> closures = demoProjects(EnumSet.of(ProjectStatus.COMPLETED)).stream()
                .map(project -> results.closure(project.id()).orElseThrow()).toList();

        assertThat(closures).isNotEmpty().allSatisfy(closure -> {
            assertThat(closure.plannedBenefits()).isPositive();
            assertThat(closure.benefitsSummary()).isNotBlank();
            assertThat(closure.lessonsLearned()).isNotBlank();
        });
        assertThat(closures).extracting(Closure::realisedPercent)
                .anySatisfy(percent -> assertThat(percent).isGreaterThanOrEqualTo(new BigDecimal(95)))
                .anySatisfy(percent -> assertThat(percent).isLessThan(new BigDecimal(80)));
    }

    /** The demo's own projects in these statuses: the first project of each demo title. */
    private List<Project> demoProjects(Set<ProjectStatus> statuses) {
        Set<String> titles = demoTitles();
        List<ProjectSummary> all = projects.page(new ProjectFilter(null, null, null, null, null), ProjectSort.CODE,
                true, 0, projects.count(new ProjectFilter(null, null, null, null, null)));
        return all.stream().filter(project -> titles.contains(project.title()))
                .collect(Collectors.toMap(ProjectSummary::title, summary -> summary,
                        (one, other) -> one.id() < other.id() ? one : other))
                .values().stream().filter(project -> statuses.contains(project.status()))
                .sorted(Comparator.comparing(ProjectSummary::id))
                .map(summary -> projects.get(summary.id())).toList();
    }

    private static Set<String> demoTitles() {
        return DemoPortfolio.PROJECTS.stream().map(row -> row[2]).collect(Collectors.toSet());
    }

    /** The day the demo portfolio was loaded, on which its history ends. */
    private static LocalDate loadedOn(Project project) {
        return project.createdAt().atZone(ZoneOffset.UTC).toLocalDate();
    }

    private List<YearMonth> monthsReported(Project project) {
        return reports.reports(project.id()).stream().map(ProgressReport::period).distinct().sorted().toList();
    }

    private static List<YearMonth> months(YearMonth from, YearMonth to) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    private static <T> Map<T, Long> count(List<ProgressReport> reports, Function<ProgressReport, T> key) {
        return reports.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
    }
}
