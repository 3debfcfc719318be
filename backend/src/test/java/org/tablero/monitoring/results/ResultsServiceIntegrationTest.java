package org.tablero.monitoring.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.tablero.db.Tables.AUDIT_EVENT;
import static org.tablero.db.Tables.KPI;
import static org.tablero.db.Tables.KPI_MEASUREMENT;
import static org.tablero.db.Tables.PROJECT;
import static org.tablero.db.Tables.PROJECT_CLOSURE;
import static org.tablero.db.Tables.UX_MEASUREMENT;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.tablero.approval.Action;
import org.tablero.approval.ApprovalService;
import org.tablero.audit.AuditEvent;
import org.tablero.common.ConcurrentEditException;
import org.tablero.common.FieldProblem;
import org.tablero.common.InvalidInputException;
import org.tablero.common.NotFoundException;
import org.tablero.identity.Role;
import org.tablero.identity.TableroUser;
import org.tablero.organisation.Organisation;
import org.tablero.project.Project;
import org.tablero.project.ProjectService;
import org.tablero.project.ProjectStatus;
import org.tablero.support.DatabaseTest;
import org.tablero.support.Fixtures;

@DatabaseTest
class ResultsServiceIntegrationTest {

    private static final LocalDate TODAY = LocalDate.now();
    private static final LocalDate THIS_MONTH = TODAY.withDayOfMonth(1);

    @Autowired
    ResultsService results;

    @Autowired
    ProjectService projects;

    @Autowired
    ApprovalService approvals;

    @Autowired
    ExecutingProjects executing;

    @Autowired
    Fixtures fixtures;

    @Autowired
    DSLContext db;

    Organisation ministry;
    TableroUser officer;
    Project project;

    @BeforeEach
    void projectInExecution() {
        ministry = fixtures.organisation(null);
        officer = fixtures.officerOf(ministry);
        project = executing.inExecution(officer, ministry);
    }

    @Test
    void an_officer_adds_kpis_and_measurements_and_their_status_is_computed() {
        Kpi online = as(officer, () -> results.addKpi(project.id(), new KpiInput("Procedures fully online", "%",
                new BigDecimal("40"), new BigDecimal("80"), TODAY.plusYears(1), KpiDirection.INCREASE)));
        Kpi waiting = as(officer, () -> results.addKpi(project.id(), new KpiInput("Days to an appointment", "days",
                new BigDecimal("30"), new BigDecimal("5"), TODAY.minusDays(1), KpiDirection.DECREASE)));
        assertThat(online.status()).isEqualTo(KpiStatus.NOT_MEASURED);
        assertThat(online.progress()).isNull();

        measure(online, TODAY.minusMonths(2), "60");
        measure(waiting, TODAY.minusMonths(1), "12");
        assertThat(as(officer, () -> results.kpis(project.id())))
                .extracting(Kpi::name, Kpi::status, Kpi::progress, Kpi::measurementCount).containsExactly(
                        tuple("Days to an appointment", KpiStatus.NOT_MET, new BigDecimal("0.7200"), 1),
                        tuple("Procedures fully online", KpiStatus.IN_PROGRESS, new BigDecimal("0.5000"), 1));

        measure(online, TODAY, "85.5");
        measure(online, TODAY.minusMonths(1), "70");
        Kpi met = as(officer, () -> results.kpi(project.id(), online.id()));
        assertThat(met.status()).as("judged from the latest measurement, not the last recorded")
                .isEqualTo(KpiStatus.MET);
        assertThat(met.latestMeasuredOn()).isEqualTo(TODAY);
        assertThat(met.latestValue()).isEqualByComparingTo("85.5");
        assertThat(met.progress()).isEqualTo(new BigDecimal("1.0000"));
        assertThat(as(officer, () -> results.measurements(project.id(), online.id())))
                .extracting(KpiMeasurement::measuredOn)
                .containsExactly(TODAY.minusMonths(2), TODAY.minusMonths(1), TODAY);
        assertThat(auditActions()).startsWith("KPI_MEASUREMENT_ADD", "KPI_MEASUREMENT_ADD", "KPI_MEASUREMENT_ADD",
                "KPI_MEASUREMENT_ADD", "KPI_ADD", "KPI_ADD");
    }

    @Test
    void a_measurement_for_a_kpi_of_another_project_is_refused_and_nothing_is_saved() {
        Project other = executing.inExecution(officer, ministry);
        Kpi othersKpi = addKpi(other);
        int measurementsBefore = db.fetchCount(KPI_MEASUREMENT);
        int auditBefore = db.fetchCount(AUDIT_EVENT);

        assertThatThrownBy(() -> as(officer, () -> results.addMeasurement(project.id(), othersKpi.id(),
                new KpiMeasurementInput(TODAY, BigDecimal.TEN, null)))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(officer, () -> results.measurements(project.id(), othersKpi.id())))
                .isInstanceOf(NotFoundException.class);

        assertThat(db.fetchCount(KPI_MEASUREMENT)).isEqualTo(measurementsBefore);
        assertThat(db.fetchCount(AUDIT_EVENT)).isEqualTo(auditBefore);
    }

    @Test
    void a_second_measurement_of_a_kpi_on_the_same_day_is_refused_and_the_first_is_kept() {
        Kpi kpi = addKpi(project);
        measure(kpi, TODAY.minusDays(3), "50");
        int auditBefore = db.fetchCount(AUDIT_EVENT);

        assertThat(refusal(() -> measure(kpi, TODAY.minusDays(3), "55")))
                .extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(tuple("measuredOn", ResultsRules.MEASUREMENT_DATE_TAKEN));

        assertThat(as(officer, () -> results.measurements(project.id(), kpi.id())))
                .singleElement().satisfies(kept -> assertThat(kept.value()).isEqualByComparingTo("50"));
        assertThat(db.fetchCount(AUDIT_EVENT)).isEqualTo(auditBefore);
    }

    @Test
    void a_kpi_changed_after_approval_is_audited_with_before_and_after_and_a_stale_change_is_refused() {
        Kpi kpi = addKpi(project);
        Kpi changed = as(officer, () -> results.updateKpi(project.id(), kpi.id(), kpi.version(),
                new KpiInput("Procedures fully online", "%", new BigDecimal("40"), new BigDecimal("90"),
                        kpi.targetDate(), KpiDirection.INCREASE)));

        assertThat(changed.targetValue()).isEqualByComparingTo("90");
        assertThat(changed.version()).isEqualTo(kpi.version() + 1);
        AuditEvent event = as(officer, () -> projects.history(project.id())).getFirst();
        assertThat(event.action()).isEqualTo("KPI_UPDATE");
        assertThat(event.before()).contains("80.0000");
        assertThat(event.after()).contains("90.0000");
        assertThatThrownBy(() -> as(officer, () -> results.updateKpi(project.id(), kpi.id(), kpi.version(),
                kpi.toInput()))).isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void a_kpi_with_measurements_cannot_be_removed_and_one_without_can() {
        Kpi measured = addKpi(project);
        measure(measured, TODAY, "45");
        Kpi unmeasured = addKpi(project);

        assertThat(refusal(() -> as(officer, () -> {
            results.removeKpi(project.id(), measured.id(), measured.version());
            return null;
        }))).extracting(FieldProblem::messageKey).containsExactly(ResultsRules.HAS_MEASUREMENTS);
        as(officer, () -> {
            results.removeKpi(project.id(), unmeasured.id(), unmeasured.version());
            return null;
        });

        assertThat(as(officer, () -> results.kpis(project.id()))).extracting(Kpi::id).containsExactly(measured.id());
        assertThat(auditActions()).first().isEqualTo("KPI_REMOVE");
    }

    @Test
    void kpis_are_frozen_under_review_and_measurements_wait_for_execution() {
        Project draft = as(officer, () -> projects.create(Fixtures.project(ministry)));
        Kpi planned = addKpi(draft);
        forceStatus(draft, ProjectStatus.IN_REVIEW);
        int auditBefore = db.fetchCount(AUDIT_EVENT);

        assertThatThrownBy(() -> addKpi(draft)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(officer, () -> results.updateKpi(draft.id(), planned.id(), planned.version(),
                planned.toInput()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> measure(planned, draft, TODAY, "1")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(officer, () -> results.addUxMeasurement(draft.id(), ux(THIS_MONTH, 1, 2))))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(db.fetchCount(AUDIT_EVENT)).isEqualTo(auditBefore);
    }

    @Test
    void ux_figures_are_recorded_once_a_month_with_the_satisfaction_computed() {
        UxMeasurement recorded = as(officer, () -> results.addUxMeasurement(project.id(),
                new UxMeasurementInput(THIS_MONTH.minusMonths(1), 45, 60, new BigDecimal("87.5"),
                        new BigDecimal("64"), new BigDecimal("3.20"))));
        as(officer, () -> results.addUxMeasurement(project.id(), ux(THIS_MONTH, 0, 0)));

        assertThat(recorded.satisfaction()).isEqualTo(new BigDecimal("75.00"));
        assertThat(recorded.costPerTransaction()).isEqualTo(new BigDecimal("3.20"));
        assertThat(as(officer, () -> results.uxMeasurements(project.id())))
                .extracting(UxMeasurement::period, UxMeasurement::satisfaction).containsExactly(
                        tuple(THIS_MONTH.minusMonths(1), new BigDecimal("75.00")), tuple(THIS_MONTH, null));
        assertThat(refusal(() -> as(officer, () -> results.addUxMeasurement(project.id(), ux(THIS_MONTH, 9, 10)))))
                .extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(tuple("period", ResultsRules.PERIOD_TAKEN));
        assertThat(auditActions()).startsWith("UX_MEASUREMENT_ADD", "UX_MEASUREMENT_ADD");
    }

    @Test
    void a_percent_above_100_or_a_negative_cost_is_refused_with_its_field_and_nothing_is_saved() {
        int uxBefore = db.fetchCount(UX_MEASUREMENT);
        int auditBefore = db.fetchCount(AUDIT_EVENT);

        assertThat(refusal(() -> as(officer, () -> results.addUxMeasurement(project.id(),
                new UxMeasurementInput(THIS_MONTH, 5, 10, new BigDecimal("101"), new BigDecimal("50"),
                        new BigDecimal("-1.00"))))))
                .extracting(FieldProblem::field, FieldProblem::messageKey).containsExactlyInAnyOrder(
                        tuple("completionRate", ResultsRules.PERCENT),
                        tuple("costPerTransaction", ResultsRules.AMOUNT));

        assertThat(db.fetchCount(UX_MEASUREMENT)).isEqualTo(uxBefore);
        assertThat(db.fetchCount(AUDIT_EVENT)).isEqualTo(auditBefore);
    }

    @Test
    void an_officer_of_another_organisation_can_neither_read_nor_record_anything() {
        Kpi kpi = addKpi(project);
        TableroUser stranger = fixtures.officerOf(fixtures.organisation(null));
        int kpisBefore = db.fetchCount(KPI);
        int auditBefore = db.fetchCount(AUDIT_EVENT);

        List<Supplier<?>> attempts = List.of(
                () -> results.kpis(project.id()),
                () -> results.kpi(project.id(), kpi.id()),
                () -> results.measurements(project.id(), kpi.id()),
                () -> results.uxMeasurements(project.id()),
                () -> results.closure(project.id()),
                () -> results.plannedBenefits(project.id()),
                () -> results.addKpi(project.id(), kpi.toInput()),
                () -> results.updateKpi(project.id(), kpi.id(), kpi.version(), kpi.toInput()),
                () -> results.addMeasurement(project.id(), kpi.id(), new KpiMeasurementInput(TODAY, BigDecimal.ONE,
                        null)),
                () -> results.addUxMeasurement(project.id(), ux(THIS_MONTH, 1, 2)),
                () -> results.recordClosure(project.id(), closure("1000")));
        for (Supplier<?> attempt : attempts) {
            assertThatThrownBy(() -> as(stranger, attempt)).isInstanceOf(AccessDeniedException.class);
        }

        assertThat(db.fetchCount(KPI)).isEqualTo(kpisBefore);
        assertThat(db.fetchCount(KPI_MEASUREMENT, KPI_MEASUREMENT.KPI_ID.eq(kpi.id()))).isZero();
        assertThat(db.fetchCount(PROJECT_CLOSURE, PROJECT_CLOSURE.PROJECT_ID.eq(project.id()))).isZero();
        assertThat(db.fetchCount(AUDIT_EVENT)).isEqualTo(auditBefore);
    }

    @Test
    void only_agency_officers_record_results_while_national_authorities_read_them() {
        Kpi kpi = addKpi(project);
        TableroUser authority = fixtures.nationalUser(Role.DIGITAL_AUTHORITY);

        assertThat(as(authority, () -> results.kpis(project.id()))).extracting(Kpi::id).containsExactly(kpi.id());
        assertThatThrownBy(() -> as(authority, () -> results.addMeasurement(project.id(), kpi.id(),
                new KpiMeasurementInput(TODAY, BigDecimal.ONE, null)))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_closure_compares_the_realised_benefits_with_those_of_the_value_proposition_and_is_recorded_once() {
        assertThat(as(officer, () -> results.plannedBenefits(project.id()))).isEqualTo(new BigDecimal("150000.00"));
        assertThat(as(officer, () -> results.closure(project.id()))).isEmpty();
        as(officer, () -> approvals.ownerStep(project.id(), Action.CLOSE, null));

        Closure closure = as(officer, () -> results.recordClosure(project.id(), closure("120000")));

        assertThat(closure.realisedBenefits()).isEqualTo(new BigDecimal("120000.00"));
        assertThat(closure.plannedBenefits()).isEqualTo(new BigDecimal("150000.00"));
        assertThat(closure.realisedPercent()).isEqualTo(new BigDecimal("80.00"));
        assertThat(as(officer, () -> results.closure(project.id()))).contains(closure);
        assertThat(refusal(() -> as(officer, () -> results.recordClosure(project.id(), closure("150000")))))
                .extracting(FieldProblem::messageKey).containsExactly(ResultsRules.CLOSURE_RECORDED);
        AuditEvent event = as(officer, () -> projects.history(project.id())).getFirst();
        assertThat(event.action()).isEqualTo("CLOSURE_RECORD");
        assertThat(event.after()).contains("120000.00", "Fewer visits to the hospital");
    }

    @Test
    void a_closure_needs_the_project_in_execution_or_completed() {
        Project draft = as(officer, () -> projects.create(Fixtures.project(ministry)));

        assertThatThrownBy(() -> as(officer, () -> results.recordClosure(draft.id(), closure("1"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(db.fetchCount(PROJECT_CLOSURE, PROJECT_CLOSURE.PROJECT_ID.eq(draft.id()))).isZero();
    }

    private Kpi addKpi(Project target) {
        return as(officer, () -> results.addKpi(target.id(), new KpiInput("Procedures fully online", "%",
                new BigDecimal("40"), new BigDecimal("80"), TODAY.plusYears(1), KpiDirection.INCREASE)));
    }

    private KpiMeasurement measure(Kpi kpi, LocalDate day, String value) {
        return measure(kpi, project, day, value);
    }

    private KpiMeasurement measure(Kpi kpi, Project target, LocalDate day, String value) {
        return as(officer, () -> results.addMeasurement(target.id(), kpi.id(),
                new KpiMeasurementInput(day, new BigDecimal(value), "From the service's own statistics")));
    }

    private static UxMeasurementInput ux(LocalDate period, int satisfied, int responses) {
        return new UxMeasurementInput(period, satisfied, responses, null, null, null);
    }

    private static ClosureInput closure(String realised) {
        return new ClosureInput(new BigDecimal(realised), "Fewer visits to the hospital for a paper record.",
                "Involve the clinics' staff from the first sprint.");
    }

    private List<String> auditActions() {
        return as(officer, () -> projects.history(project.id())).stream().map(AuditEvent::action).toList();
    }

    private void forceStatus(Project target, ProjectStatus status) {
        db.update(PROJECT).set(PROJECT.STATUS, status.name()).where(PROJECT.ID.eq(target.id())).execute();
    }

    private <T> T as(TableroUser user, Supplier<T> task) {
        return fixtures.as(user, task);
    }

    private static List<FieldProblem> refusal(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException e) {
            return e.problems();
        }
        throw new AssertionError("the input was accepted");
    }
}
