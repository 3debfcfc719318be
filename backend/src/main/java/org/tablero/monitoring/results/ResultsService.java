package org.tablero.monitoring.results;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tablero.audit.AuditTrail;
import org.tablero.common.ConcurrentEditException;
import org.tablero.common.FieldProblem;
import org.tablero.common.InvalidInputException;
import org.tablero.common.NotFoundException;
import org.tablero.common.Validation;
import org.tablero.identity.CurrentUser;
import org.tablero.identity.Role;
import org.tablero.project.Project;
import org.tablero.project.ProjectService;
import org.tablero.project.ProjectStatus;

/**
 * What a project achieves (domain.md, "Delivery monitoring"; OECD proposals 6a and 6c): its KPIs and their
 * measurements, its monthly user-experience figures, and its closure. The owner's agency officers record them
 * (see {@link ResultsRules} for when); whoever may see the project may read them. Every change is audited on the
 * project in the same transaction; a refused change writes nothing.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ResultsService {

    static final String KPI_ENTITY = "KPI";
    static final String CLOSURE_ENTITY = "PROJECT_CLOSURE";

    private final ProjectService projects;
    private final ResultsRepository results;
    private final AuditTrail audit;

    ResultsService(ProjectService projects, ResultsRepository results, AuditTrail audit) {
        this.projects = projects;
        this.results = results;
        this.audit = audit;
    }

    /** The project's KPIs by target date, with their status as of today. */
    @Transactional(readOnly = true)
    public List<Kpi> kpis(long projectId) {
        projects.get(projectId);
        return results.kpisOf(projectId, LocalDate.now());
    }

    @Transactional(readOnly = true)
    public Kpi kpi(long projectId, long kpiId) {
        projects.get(projectId);
        return findKpi(projectId, kpiId);
    }

    /** The KPI's measurements, oldest first. */
    @Transactional(readOnly = true)
    public List<KpiMeasurement> measurements(long projectId, long kpiId) {
        projects.get(projectId);
        return results.measurementsOf(findKpi(projectId, kpiId).id());
    }

    /** The project's user-experience figures, oldest month first. */
    @Transactional(readOnly = true)
    public List<UxMeasurement> uxMeasurements(long projectId) {
        projects.get(projectId);
        return results.uxMeasurementsOf(projectId);
    }

    /** The project's closure, empty until it is recorded. */
    @Transactional(readOnly = true)
    public Optional<Closure> closure(long projectId) {
        projects.get(projectId);
        return results.closureOf(projectId);
    }

    /** The benefits the project's value proposition planned (the sum of its yearly benefits), to close against. */
    @Transactional(readOnly = true)
    public BigDecimal plannedBenefits(long projectId) {
        projects.get(projectId);
        return results.plannedBenefits(projectId);
    }

    /** Whether the current user may add, change and remove this project's KPIs now. */
    public boolean canEditKpis(Project project) {
        return isOfficer() && ResultsRules.kpisEditable(project.status());
    }

    /** Whether the current user may record KPI measurements and user-experience figures of this project now. */
    public boolean canRecordMeasurements(Project project) {
        return isOfficer() && ResultsRules.measurable(project.status());
    }

    /** Whether the current user may record this project's closure now (if it is not recorded yet). */
    public boolean canRecordClosure(Project project) {
        return isOfficer() && ResultsRules.closable(project.status());
    }

    @PreAuthorize("hasRole('AGENCY_OFFICER')")
    @Transactional
    public Kpi addKpi(long projectId, KpiInput input) {
        requireStatus(projectId, ResultsRules::kpisEditable, "KPIs");
        ResultsRules.validate(input).throwIfInvalid();
        long id = results.insertKpi(projectId, input, Instant.now());
        Kpi added = findKpi(projectId, id);
        audit.record(ProjectService.AUDIT_TYPE, projectId, "KPI_ADD", null, added);
        return added;
    }

    @PreAuthorize("hasRole('AGENCY_OFFICER')")
    @Transactional
    public Kpi updateKpi(long projectId, long kpiId, int expectedVersion, KpiInput input) {
        requireStatus(projectId, ResultsRules::kpisEditable, "KPIs");
        Kpi before = findKpi(projectId, kpiId);
        ResultsRules.validate(input).throwIfInvalid();
        if (!results.updateKpi(kpiId, expectedVersion, input)) {
            throw new ConcurrentEditException(KPI_ENTITY, kpiId);
        }
        Kpi after = findKpi(projectId, kpiId);
        audit.record(ProjectService.AUDIT_TYPE, projectId, "KPI_UPDATE", before, after);
        return after;
    }

    /** Removes a KPI that was never measured; one with measurements is kept, its history being the point. */
    @PreAuthorize("hasRole('AGENCY_OFFICER')")
    @Transactional
    public void removeKpi(long projectId, long kpiId, int expectedVersion) {
        requireStatus(projectId, ResultsRules::kpisEditable, "KPIs");
        Kpi before = findKpi(projectId, kpiId);
        if (before.measurementCount() > 0) {
            throw new InvalidInputException(FieldProblem.of("kpi", ResultsRules.HAS_MEASUREMENTS,
                    before.measurementCount()));
        }
        if (!results.deleteKpi(kpiId, expectedVersion)) {
            throw new ConcurrentEditException(KPI_ENTITY, kpiId);
        }
        audit.record(ProjectService.AUDIT_TYPE, projectId, "KPI_REMOVE", before, null);
    }

    /** Records a KPI's value on a day; a second value for the same KPI and day is refused. */
    @PreAuthorize("hasRole('AGENCY_OFFICER')")
    @Transactional
    public KpiMeasurement addMeasurement(long projectId, long kpiId, KpiMeasurementInput input) {
        requireStatus(projectId, ResultsRules::measurable, "KPI measurements");
        Kpi kpi = findKpi(projectId, kpiId);
        Validation validation = ResultsRules.validate(input, LocalDate.now());
        if (!validation.hasProblemWith("measuredOn") && results.measuredOn(kpi.id(), input.measuredOn())) {
            validation.add("measuredOn", ResultsRules.MEASUREMENT_DATE_TAKEN, input.measuredOn().toString());
        }
        validation.throwIfInvalid();
        long id = results.insertMeasurement(kpi.id(), input, CurrentUser.get().id(), Instant.now());
        KpiMeasurement added = results.measurement(id);
        audit.record(ProjectService.AUDIT_TYPE, projectId, "KPI_MEASUREMENT_ADD", null, added);
        return added;
    }

    /** Records a month's user-experience figures; a month already recorded is refused (there is no update). */
    @PreAuthorize("hasRole('AGENCY_OFFICER')")
    @Transactional
    public UxMeasurement addUxMeasurement(long projectId, UxMeasurementInput input) {
        requireStatus(projectId, ResultsRules::measurable, "user-experience figures");
        Validation validation = ResultsRules.validate(input, LocalDate.now());
        if (!validation.hasProblemWith("period") && results.uxRecordedFor(projectId, input.period())) {
            validation.add("period", ResultsRules.PERIOD_TAKEN, input.period().toString());
        }
        validation.throwIfInvalid();
        long id = results.insertUxMeasurement(projectId, input, CurrentUser.get().id(), Instant.now());
        UxMeasurement added = results.uxMeasurement(id);
        audit.record(ProjectService.AUDIT_TYPE, projectId, "UX_MEASUREMENT_ADD", null, added);
        return added;
    }

    /** Records the project's closure, once: a second one is refused. */
    @PreAuthorize("hasRole('AGENCY_OFFICER')")
    @Transactional
    public Closure recordClosure(long projectId, ClosureInput input) {
        requireStatus(projectId, ResultsRules::closable, "closure");
        if (results.closureOf(projectId).isPresent()) {
            throw new InvalidInputException(FieldProblem.of("closure", ResultsRules.CLOSURE_RECORDED));
        }
        ResultsRules.validate(input).throwIfInvalid();
        results.insertClosure(projectId, input, CurrentUser.get().id(), Instant.now());
        Closure recorded = results.closureOf(projectId).orElseThrow();
        audit.record(ProjectService.AUDIT_TYPE, projectId, "CLOSURE_RECORD", null, recorded);
        return recorded;
    }

    private Kpi findKpi(long projectId, long kpiId) {
        return results.findKpi(projectId, kpiId, LocalDate.now())
                .orElseThrow(() -> new NotFoundException(KPI_ENTITY, kpiId));
    }

    /** Checks that the project is visible and in a status that allows the change, and locks it until commit. */
    private void requireStatus(long projectId, Predicate<ProjectStatus> allowed, String what) {
        Project project = projects.get(projectId);
        ProjectStatus status = projects.lockForChange(projectId);
        if (!allowed.test(status)) {
            throw new AccessDeniedException("Project " + project.code() + " is " + status + " and its " + what
                    + " cannot be recorded or changed now");
        }
    }

    private static boolean isOfficer() {
        return CurrentUser.get().hasRole(Role.AGENCY_OFFICER);
    }
}
