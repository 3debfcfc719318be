package org.tablero.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tablero.db.Tables.AUDIT_EVENT;
import static org.tablero.db.Tables.PROGRESS_REPORT;
import static org.tablero.db.Tables.PROJECT;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;
import org.tablero.approval.Verdict;
import org.tablero.common.InvalidInputException;
import org.tablero.identity.ApiTokenService;
import org.tablero.identity.TableroUser;
import org.tablero.monitoring.MonitoringTestData.Team;
import org.tablero.project.Project;
import org.tablero.project.ProjectService;
import org.tablero.support.ApiClient;
import org.tablero.support.DatabaseTest;
import org.tablero.support.Fixtures;

@DatabaseTest
class MonitoringIntegrationTest {

    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    MonitoringTestData data;

    @Autowired
    ProgressReportService reports;

    @Autowired
    BaselineService baselines;

    @Autowired
    MilestoneService milestones;

    @Autowired
    RatingService ratings;

    @Autowired
    DeliveryService delivery;

    @Autowired
    ProjectService projects;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    MonitoringQueue queue;

    @Autowired
    DSLContext db;

    Team team;
    Project project;

    @BeforeEach
    void projectInExecution() {
        team = data.team();
        project = data.inExecution(team);
    }

    @Test
    void approval_fixes_baseline_one_from_the_approved_plan() {
        List<Baseline> plans = as(team.officer(), () -> baselines.baselines(project.id()));

        assertThat(plans).singleElement().satisfies(plan -> {
            assertThat(plan.number()).isEqualTo(1);
            assertThat(plan.cost()).isEqualByComparingTo("200000.50");
            assertThat(plan.start()).isEqualTo(LocalDate.of(2026, 1, 1));
            assertThat(plan.end()).isEqualTo(LocalDate.of(2027, 12, 31));
        });
        assertThat(db.fetchValue(PROJECT.EXECUTION_STARTED, PROJECT.ID.eq(project.id()))).isEqualTo(LocalDate.now());
    }

    @Test
    void a_submitted_report_carries_its_variance_and_becomes_the_project_s_current_figures() {
        ProgressReportInput overBudget = new ProgressReportInput(OCTOBER, new BigDecimal("150000"),
                new BigDecimal("240000.60"), LocalDate.of(2028, 1, 31), new BigDecimal("55"), false, null,
                Confidence.MEDIUM_LOW, "The integration with the identity platform slipped.", List.of());

        ProgressReport filed = as(team.officer(), () -> reports.file(project.id(), overBudget));

        assertThat(filed.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(filed.reportDate()).isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(filed.costVariance().amount()).isEqualByComparingTo("-40000.10");
        assertThat(filed.costVariance().percent()).isEqualByComparingTo("-20.00");
        assertThat(filed.costVariance().colour()).isEqualTo(VarianceColour.YELLOW);
        assertThat(filed.scheduleVariance().days()).isEqualTo(-31);
        assertThat(filed.scheduleVariance().colour()).isEqualTo(VarianceColour.GREEN);
        var current = db.selectFrom(PROJECT).where(PROJECT.ID.eq(project.id())).fetchOne();
        assertThat(current.getLastReportId()).isEqualTo(filed.id());
        assertThat(current.getCostColour()).isEqualTo("YELLOW");
        assertThat(current.getCostVariancePct()).isEqualByComparingTo("-20.00");
        assertThat(current.getScheduleVarianceDays()).isEqualTo(-31);
        DeliveryStatus status = as(team.officer(), () -> delivery.status(project.id()));
        assertThat(status.latestReport()).isEqualTo(filed);
        assertThat(status.stale()).isFalse();
    }

    @Test
    void a_submitted_report_is_locked_and_a_second_report_for_its_month_is_refused() {
        ProgressReport filed = as(team.officer(), () -> reports.file(project.id(),
                MonitoringTestData.report(OCTOBER, "90000", "200000.50", 40)));

        assertRefused(() -> reports.saveDraft(project.id(), filed.lockVersion(),
                MonitoringTestData.report(OCTOBER, "1", "1", 1)), "period", "report.period-reported");
        assertRefused(() -> reports.file(project.id(), MonitoringTestData.report(OCTOBER, "95000", "200000.50", 45)),
                "period", "report.period-reported");
        assertRefused(() -> reports.submit(filed.id(), filed.lockVersion()), "period", "report.locked");

        assertThat(as(team.officer(), () -> reports.reports(project.id()))).containsExactly(filed);
    }

    @Test
    void a_correction_is_a_new_version_with_its_reason_and_both_stay_visible() {
        ProgressReport first = as(team.officer(), () -> reports.file(project.id(),
                MonitoringTestData.report(OCTOBER, "90000", "200000.50", 40)));

        ProgressReport correction = as(team.officer(), () -> reports.correct(project.id(),
                MonitoringTestData.report(OCTOBER, "99000", "230000", 40), "An invoice of September was missing."));

        assertThat(correction.version()).isEqualTo(2);
        assertThat(correction.correctionReason()).isEqualTo("An invoice of September was missing.");
        assertThat(correction.costVariance().colour()).isEqualTo(VarianceColour.YELLOW);
        assertThat(as(team.authority(), () -> reports.reports(project.id()))).containsExactly(correction, first);
        assertThat(db.fetchValue(PROJECT.LAST_REPORT_ID, PROJECT.ID.eq(project.id()))).isEqualTo(correction.id());
        assertThat(auditActions()).contains("REPORT_SUBMIT", "REPORT_CORRECT");
    }

    @Test
    void a_correction_of_an_older_month_leaves_the_current_figures_on_the_latest_month() {
        as(team.officer(), () -> reports.file(project.id(), MonitoringTestData.report(OCTOBER.minusMonths(1),
                "80000", "200000.50", 35)));
        ProgressReport october = as(team.officer(), () -> reports.file(project.id(),
                MonitoringTestData.report(OCTOBER, "90000", "200000.50", 40)));

        as(team.officer(), () -> reports.correct(project.id(), MonitoringTestData.report(OCTOBER.minusMonths(1),
                "85000", "260000", 35), "Late invoice."));

        assertThat(db.fetchValue(PROJECT.LAST_REPORT_ID, PROJECT.ID.eq(project.id()))).isEqualTo(october.id());
    }

    @Test
    void bad_figures_are_refused_at_their_field_and_nothing_is_saved() {
        int auditBefore = db.fetchCount(AUDIT_EVENT);

        assertRefused(() -> reports.file(project.id(), MonitoringTestData.report(OCTOBER, "1000", "2000", 101)),
                "percentComplete", "report.percent-range");
        assertRefused(() -> reports.file(project.id(), MonitoringTestData.report(OCTOBER, "1000", "2000", -1)),
                "percentComplete", "report.percent-range");
        assertRefused(() -> reports.file(project.id(), MonitoringTestData.report(OCTOBER, "-0.01", "2000", 10)),
                "spendToDate", "report.negative");
        assertRefused(() -> reports.file(project.id(), MonitoringTestData.report(YearMonth.now().plusMonths(1),
                "1000", "2000", 10)), "period", "report.period-future");
        assertRefused(() -> reports.correct(project.id(), MonitoringTestData.report(OCTOBER, "1", "1", 1), "typo"),
                "period", "report.nothing-to-correct");

        assertThat(db.fetchCount(PROGRESS_REPORT, PROGRESS_REPORT.PROJECT_ID.eq(project.id()))).isZero();
        assertThat(db.fetchCount(AUDIT_EVENT)).isEqualTo(auditBefore);
    }

    @Test
    void a_report_for_a_project_not_in_execution_is_refused() {
        Project approved = data.approved(team, Fixtures.project(team.organisation()));

        assertRefused(() -> reports.file(approved.id(), MonitoringTestData.report(OCTOBER, "1000", "2000", 10)),
                "period", "report.not-in-execution");
    }

    @Test
    void a_milestone_of_another_project_cannot_be_reported() {
        Project other = fixtures.as(team.officer(), () -> projects.create(Fixtures.project(team.organisation())));
        Milestone foreign = as(team.officer(), () -> milestones.save(other.id(), List.of(
                new MilestoneInput("Pilot live", LocalDate.of(2026, 6, 30))))).getFirst();
        ProgressReportInput input = new ProgressReportInput(OCTOBER, new BigDecimal("1000"), new BigDecimal("2000"),
                null, BigDecimal.TEN, false, null, Confidence.HIGH, "On track.",
                List.of(new MilestoneDate(foreign.id(), LocalDate.of(2026, 7, 1))));

        assertRefused(() -> reports.file(project.id(), input), "milestones", "report.milestone-unknown");
    }

    @Test
    void a_completed_project_is_judged_by_its_actual_cost_and_end() {
        ProgressReportInput done = new ProgressReportInput(OCTOBER, new BigDecimal("210000.50"),
                new BigDecimal("999999"), null, new BigDecimal(100), true, LocalDate.of(2026, 10, 15),
                Confidence.HIGH, "Delivered.", List.of());

        ProgressReport filed = as(team.officer(), () -> reports.file(project.id(), done));

        assertThat(filed.costVariance().amount()).isEqualByComparingTo("-10000.00");
        assertThat(filed.scheduleVariance().days()).isEqualTo(442);
    }

    @Test
    void a_rebaseline_within_the_tolerance_applies_at_once_and_counts() {
        RebaselineOutcome outcome = as(team.officer(), () -> baselines.rebaseline(project.id(),
                new RebaselineInput(new BigDecimal("210000"), LocalDate.of(2027, 12, 31), "Licences cost more.")));

        assertThat(outcome.needsReview()).isFalse();
        assertThat(outcome.baseline().number()).isEqualTo(2);
        assertThat(db.fetchValue(PROJECT.REBASELINES, PROJECT.ID.eq(project.id()))).isEqualTo(1);
        assertThat(db.fetchValue(PROJECT.BASELINE_COST, PROJECT.ID.eq(project.id()))).isEqualByComparingTo("210000");
        assertThat(as(team.officer(), () -> baselines.baselines(project.id()))).hasSize(2);
    }

    @Test
    void a_rebaseline_beyond_the_tolerance_opens_a_review_round_that_both_reviewers_must_endorse() {
        RebaselineOutcome outcome = as(team.officer(), () -> baselines.rebaseline(project.id(),
                new RebaselineInput(new BigDecimal("300000"), LocalDate.of(2028, 6, 30), "A second region joins.")));
        assertThat(outcome.needsReview()).isTrue();
        long request = outcome.changeRequest().id();
        assertThat(as(team.officer(), () -> baselines.baselines(project.id()))).as("nothing changes yet").hasSize(1);

        assertThatThrownBy(() -> as(team.officer(), () -> baselines.review(request, Verdict.ENDORSE, "Mine.")))
                .isInstanceOf(AccessDeniedException.class);
        as(team.authority(), () -> baselines.review(request, Verdict.ENDORSE, "Risks stay manageable."));
        assertThat(as(team.officer(), () -> baselines.baselines(project.id()))).hasSize(1);
        ChangeRequest closed = as(team.budget(), () -> baselines.review(request, Verdict.ENDORSE, "Funded."));

        assertThat(closed.status()).isEqualTo(ChangeRequestStatus.APPROVED);
        assertThat(closed.reviews()).hasSize(2);
        List<Baseline> plans = as(team.officer(), () -> baselines.baselines(project.id()));
        assertThat(plans).extracting(Baseline::number).containsExactly(1, 2);
        assertThat(plans.getLast().cost()).isEqualByComparingTo("300000");
        assertThat(plans.getFirst().cost()).as("the old baseline stays").isEqualByComparingTo("200000.50");
    }

    @Test
    void a_change_request_that_is_not_endorsed_leaves_the_baseline_as_it_was() {
        long request = as(team.officer(), () -> baselines.rebaseline(project.id(), new RebaselineInput(
                new BigDecimal("400000"), LocalDate.of(2027, 12, 31), "Scope creep."))).changeRequest().id();

        ChangeRequest rejected = as(team.budget(), () -> baselines.review(request, Verdict.OBJECT,
                "Not funded this cycle."));

        assertThat(rejected.status()).isEqualTo(ChangeRequestStatus.REJECTED);
        assertThat(as(team.officer(), () -> baselines.baselines(project.id()))).hasSize(1);
        assertThatThrownBy(() -> as(team.authority(), () -> baselines.review(request, Verdict.ENDORSE, "Late.")))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void the_digital_authority_rates_monthly_and_the_history_is_kept() {
        as(team.authority(), () -> ratings.rate(project.id(), 4, "Low risk; strong product owner."));
        as(team.authority(), () -> ratings.rate(project.id(), 2, "Vendor lock-in risk has grown."));

        assertThat(as(team.officer(), () -> ratings.ratings(project.id()))).extracting(RiskRating::rating)
                .containsExactly(2, 4);
        assertThat(db.fetchValue(PROJECT.RATING, PROJECT.ID.eq(project.id()))).isEqualTo(2);
        assertRefusedAs(team.authority(), () -> ratings.rate(project.id(), 6, "Off the scale."), "rating",
                "rating.range");
        assertThatThrownBy(() -> as(team.officer(), () -> ratings.rate(project.id(), 5, "Mine is fine.")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_officer_of_another_organisation_can_neither_file_nor_read_reports_through_the_api() {
        TableroUser stranger = fixtures.officerOf(fixtures.organisation(null));
        ApiClient strangers = client(stranger);
        ApiClient owners = client(team.officer());
        Map<String, Object> report = Map.of("period", "2026-10", "spendToDate", "1000", "projectedCost",
                "200000.50", "percentComplete", 5, "completed", false, "confidence", "HIGH", "narrative", "Started.");

        assertThat(strangers.post("/api/v1/projects/" + project.id() + "/reports", report).status()).isEqualTo(403);
        assertThat(strangers.get("/api/v1/projects/" + project.id() + "/reports").status()).isEqualTo(403);
        assertThat(db.fetchCount(PROGRESS_REPORT, PROGRESS_REPORT.PROJECT_ID.eq(project.id()))).isZero();

        ApiClient.Response filed = owners.post("/api/v1/projects/" + project.id() + "/reports", report);
        assertThat(filed.status()).isEqualTo(201);
        assertThat(filed.body().get("costVariance").get("colour").asString()).isEqualTo("GREEN");
        ApiClient.Response again = owners.post("/api/v1/projects/" + project.id() + "/reports", report);
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.body().toString()).contains("report.period-reported");
        assertThat(owners.get("/api/v1/projects/" + project.id() + "/reports").body()).hasSize(1);
    }

    @Test
    void what_is_due_leaves_each_list_once_it_is_done() {
        assertThat(as(team.officer(), queue::reportsDue)).extracting(DueItem::projectId).contains(project.id());
        as(team.officer(), () -> reports.file(project.id(), MonitoringTestData.report(YearMonth.now().minusMonths(1),
                "1000", "200000.50", 2)));
        assertThat(as(team.officer(), queue::reportsDue)).extracting(DueItem::projectId)
                .doesNotContain(project.id());

        assertThat(as(team.authority(), queue::ratingsDue)).extracting(DueItem::projectId).contains(project.id());
        as(team.authority(), () -> ratings.rate(project.id(), 4, "Fine."));
        assertThat(as(team.authority(), queue::ratingsDue)).extracting(DueItem::projectId)
                .doesNotContain(project.id());

        long request = as(team.officer(), () -> baselines.rebaseline(project.id(), new RebaselineInput(
                new BigDecimal("500000"), LocalDate.of(2027, 12, 31), "Scope doubled."))).changeRequest().id();
        assertThat(as(team.authority(), queue::changeRequestsWaiting)).extracting(DueItem::changeRequestId)
                .contains(request);
        assertThat(as(team.budget(), queue::changeRequestsWaiting)).extracting(DueItem::changeRequestId)
                .contains(request);
        as(team.authority(), () -> baselines.review(request, Verdict.ENDORSE, "Acceptable."));
        assertThat(as(team.authority(), queue::changeRequestsWaiting)).extracting(DueItem::changeRequestId)
                .doesNotContain(request);
        assertThat(as(team.budget(), queue::changeRequestsWaiting)).extracting(DueItem::changeRequestId)
                .contains(request);
        assertThat(as(team.officer(), queue::changeRequestsWaiting)).isEmpty();
    }

    private List<String> auditActions() {
        return db.select(AUDIT_EVENT.ACTION).from(AUDIT_EVENT)
                .where(AUDIT_EVENT.ENTITY_ID.eq(project.id()).and(AUDIT_EVENT.ENTITY_TYPE.eq("PROJECT")))
                .fetch(AUDIT_EVENT.ACTION);
    }

    private void assertRefused(Supplier<?> action, String field, String key) {
        assertRefusedAs(team.officer(), action, field, key);
    }

    private void assertRefusedAs(TableroUser user, Supplier<?> action, String field, String key) {
        assertThatThrownBy(() -> as(user, action)).isInstanceOfSatisfying(InvalidInputException.class,
                refusal -> assertThat(refusal.problems()).anySatisfy(problem -> {
                    assertThat(problem.field()).isEqualTo(field);
                    assertThat(problem.messageKey()).isEqualTo(key);
                }));
    }

    private <T> T as(TableroUser user, Supplier<T> task) {
        return fixtures.as(user, task);
    }

    private ApiClient client(TableroUser user) {
        return new ApiClient(port, fixtures.as(user, () -> tokens.create("tests")).secret());
    }
}
