package org.tablero.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
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
 * Monthly progress reports (domain.md, "Delivery monitoring"): one per project and month, filed by the owner's
 * organisation while the project is in execution. A submitted report is locked; a correction is the next
 * version of the same month with its reason, and every version stays readable. Submitting computes the variance
 * against the current baseline and, for the latest month, makes the report the project's current figures.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ProgressReportService {

    static final String AUDIT_TYPE = "PROGRESS_REPORT";
    /** A correction may still be filed after the project has finished, to put the record straight. */
    private static final Set<ProjectStatus> CORRECTABLE = EnumSet.of(ProjectStatus.IN_EXECUTION,
            ProjectStatus.ON_HOLD, ProjectStatus.COMPLETED);

    private final ProjectService projects;
    private final ReportRepository reports;
    private final BaselineRepository baselines;
    private final AuditTrail audit;
    private final MonitoringProperties properties;

    ProgressReportService(ProjectService projects, ReportRepository reports, BaselineRepository baselines,
            AuditTrail audit, MonitoringProperties properties) {
        this.projects = projects;
        this.reports = reports;
        this.baselines = baselines;
        this.audit = audit;
        this.properties = properties;
    }

    /** Every version of every month, newest first; drafts only for those who may file reports. */
    @Transactional(readOnly = true)
    public List<ProgressReport> reports(long projectId) {
        projects.get(projectId);
        return reports.reportsOf(projectId, CurrentUser.get().hasRole(Role.AGENCY_OFFICER));
    }

    /** Whether the current user may file this month's report for the project now. */
    @Transactional(readOnly = true)
    public boolean canFile(Project project) {
        return CurrentUser.get().hasRole(Role.AGENCY_OFFICER) && project.status() == ProjectStatus.IN_EXECUTION;
    }

    /** Saves a month's report as a draft, new or changed ({@code expectedLockVersion} null for a new one). */
    @PreAuthorize("hasRole('AGENCY_OFFICER')")
    @Transactional
    public ProgressReport saveDraft(long projectId, Integer expectedLockVersion, ProgressReportInput input) {
        Baseline baseline = checkFiling(projectId, input, EnumSet.of(ProjectStatus.IN_EXECUTION));
        Optional<ProgressReport> existing = reports.latestVersion(projectId, input.period());
        if (existing.filter(report -> report.status() == ReportStatus.SUBMITTED).isPresent()) {
            throw refused("period", "report.period-reported");
        }
        LocalDate today = LocalDate.now();
        LocalDate reportDate = ReportRules.reportDate(input.period(), today);
        long id;
        if (existing.isPresent()) {
            id = existing.get().id();
            if (expectedLockVersion == null
                    || !reports.updateDraft(id, expectedLockVersion, input, reportDate, baseline.id())) {
                throw new ConcurrentEditException(AUDIT_TYPE, id);
            }
        } else {
            id = reports.insert(projectId, input, 1, reportDate, baseline.id(), null, CurrentUser.get().id(),
                    Instant.now());
        }
        audit.record(ProjectService.AUDIT_TYPE, projectId, "REPORT_DRAFT", null, Map.of("report", id,
                "period", input.period().toString()));
        return reports.report(id).orElseThrow();
    }

    /** Submits a draft: its variance is computed and it is locked from now on. */
    @PreAuthorize("hasRole('AGENCY_OFFICER')")
    @Transactional
    public ProgressReport submit(long reportId, int expectedLockVersion) {
        ProgressReport draft = reports.report(reportId).orElseThrow(() -> new NotFoundException(AUDIT_TYPE, reportId));
        Project project = projects.get(draft.projectId());
        projects.lockForChange(project.id());
        if (project.status() != ProjectStatus.IN_EXECUTION) {
            throw refused("period", "report.not-in-execution");
        }
        if (draft.status() != ReportStatus.DRAFT) {
            throw refused("period", "report.locked");
        }
        return lock(draft, expectedLockVersion, "REPORT_SUBMIT");
    }

    /** Files and submits a month's report in one step, as an agency's own system does through the API. */
    @PreAuthorize("hasRole('AGENCY_OFFICER')")
    @Transactional
    public ProgressReport file(long projectId, ProgressReportInput input) {
        Optional<ProgressReport> draft = reports.latestVersion(projectId, input.period() == null ? YearMonth.now()
                : input.period()).filter(report -> report.status() == ReportStatus.DRAFT);
        ProgressReport saved = saveDraft(projectId, draft.map(ProgressReport::lockVersion).orElse(null), input);
        return submit(saved.id(), saved.lockVersion());
    }

    /**
     * Files a correction of a submitted month: the next version, submitted at once with its reason. The
     * versions before it stay as they were.
     */
    @PreAuthorize("hasRole('AGENCY_OFFICER')")
    @Transactional
    public ProgressReport correct(long projectId, ProgressReportInput input, String reason) {
        new Validation().requireText("correctionReason", reason, ReportRules.MAX_TEXT).throwIfInvalid();
        Baseline baseline = checkFiling(projectId, input, CORRECTABLE);
        ProgressReport corrected = reports.latestVersion(projectId, input.period())
                .filter(report -> report.status() == ReportStatus.SUBMITTED)
                .orElseThrow(() -> refused("period", "report.nothing-to-correct"));
        LocalDate reportDate = corrected.reportDate();
        long id = reports.insert(projectId, input, corrected.version() + 1, reportDate, baseline.id(),
                reason.strip(), CurrentUser.get().id(), Instant.now());
        return lock(reports.report(id).orElseThrow(), 0, "REPORT_CORRECT");
    }

    private ProgressReport lock(ProgressReport draft, int expectedLockVersion, String auditAction) {
        Baseline baseline = baselines.currentBaseline(draft.projectId()).orElseThrow();
        ProgressReportInput figures = inputOf(draft);
        Variance.Cost cost = ReportRules.costVariance(figures, baseline, properties.thresholds());
        Variance.Schedule schedule = ReportRules.scheduleVariance(figures, draft.reportDate(), baseline,
                properties.thresholds());
        if (!reports.submit(draft.id(), expectedLockVersion, cost, schedule, CurrentUser.get().id(),
                Instant.now())) {
            throw new ConcurrentEditException(AUDIT_TYPE, draft.id());
        }
        ProgressReport submitted = reports.report(draft.id()).orElseThrow();
        boolean latestMonth = reports.currentReport(draft.projectId())
                .map(current -> !submitted.period().isBefore(current.period())).orElse(true);
        if (latestMonth) {
            reports.makeCurrent(submitted);
        }
        audit.record(ProjectService.AUDIT_TYPE, draft.projectId(), auditAction, null, auditFigures(submitted));
        return submitted;
    }

    /** Checks who files, the project's status and the figures; returns the baseline the report is judged by. */
    private Baseline checkFiling(long projectId, ProgressReportInput input, Set<ProjectStatus> allowed) {
        Project project = projects.get(projectId);
        ProjectStatus status = projects.lockForChange(projectId);
        if (!allowed.contains(status)) {
            throw refused("period", "report.not-in-execution");
        }
        Set<Long> milestoneIds = reports.milestonesOf(projectId).stream().map(Milestone::id)
                .collect(Collectors.toSet());
        ReportRules.validate(input, milestoneIds, LocalDate.now()).throwIfInvalid();
        return baselines.currentBaseline(project.id())
                .orElseThrow(() -> new AccessDeniedException("project " + project.code() + " has no baseline"));
    }

    private static InvalidInputException refused(String field, String messageKey) {
        return new InvalidInputException(FieldProblem.of(field, messageKey));
    }

    private static ProgressReportInput inputOf(ProgressReport report) {
        return new ProgressReportInput(report.period(), report.spendToDate(), report.projectedCost(),
                report.projectedEnd(), report.percentComplete(), report.completed(), report.actualEnd(),
                report.confidence(), report.narrative(), report.milestones());
    }

    private static Map<String, Object> auditFigures(ProgressReport report) {
        return Map.of("report", report.id(), "period", report.period().toString(), "version", report.version(),
                "spendToDate", report.spendToDate(), "projectedCost", report.projectedCost(),
                "percentComplete", report.percentComplete(),
                "costVariance", report.costVariance().amount(),
                "scheduleVarianceDays", report.scheduleVariance().days());
    }
}
