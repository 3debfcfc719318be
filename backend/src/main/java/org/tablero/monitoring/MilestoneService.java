package org.tablero.monitoring;

import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tablero.audit.AuditTrail;
import org.tablero.common.Validation;
import org.tablero.project.Project;
import org.tablero.project.ProjectService;

/**
 * The milestones of a project's plan. The owner keeps them while the project can be edited; approval makes them
 * part of the baseline, and the progress reports give their actual dates.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class MilestoneService {

    static final int MAX_MILESTONES = 50;
    private static final int MAX_NAME = 300;

    private final ProjectService projects;
    private final ReportRepository reports;
    private final AuditTrail audit;

    MilestoneService(ProjectService projects, ReportRepository reports, AuditTrail audit) {
        this.projects = projects;
        this.reports = reports;
        this.audit = audit;
    }

    /** In order, with the actual dates of the latest submitted report. */
    @Transactional(readOnly = true)
    public List<Milestone> milestones(long projectId) {
        projects.get(projectId);
        return reports.milestonesOf(projectId);
    }

    /** Replaces the plan's milestones, in the order given. */
    @PreAuthorize("hasRole('AGENCY_OFFICER')")
    @Transactional
    public List<Milestone> save(long projectId, List<MilestoneInput> milestones) {
        Project project = projects.get(projectId);
        Validation validation = new Validation()
                .check(milestones.size() <= MAX_MILESTONES, "milestones", "milestone.too-many", MAX_MILESTONES);
        for (int i = 0; i < milestones.size(); i++) {
            MilestoneInput milestone = milestones.get(i);
            validation.requireText("milestones[" + i + "].name", milestone.name(), MAX_NAME)
                    .requirePresent("milestones[" + i + "].plannedDate", milestone.plannedDate());
            if (milestone.plannedDate() != null) {
                validation.check(!milestone.plannedDate().isBefore(project.plannedStart())
                        && !milestone.plannedDate().isAfter(project.plannedEnd()),
                        "milestones[" + i + "].plannedDate", "milestone.outside-plan");
            }
        }
        validation.throwIfInvalid();
        if (!projects.lockForChange(projectId).isEditable()) {
            throw new AccessDeniedException("the milestones of project " + project.code()
                    + " are part of its approved plan");
        }
        List<Milestone> before = reports.milestonesOf(projectId);
        reports.replaceMilestones(projectId, milestones);
        List<Milestone> after = reports.milestonesOf(projectId);
        audit.record(ProjectService.AUDIT_TYPE, projectId, "MILESTONES_UPDATE", Map.of("milestones", before),
                Map.of("milestones", after));
        return after;
    }
}
