package org.tablero.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Component;
import org.tablero.approval.Action;
import org.tablero.approval.ApprovalService;
import org.tablero.approval.ReviewAspect;
import org.tablero.approval.Verdict;
import org.tablero.identity.Role;
import org.tablero.identity.TableroUser;
import org.tablero.organisation.Organisation;
import org.tablero.project.Project;
import org.tablero.project.ProjectInput;
import org.tablero.project.ProjectService;
import org.tablero.support.Fixtures;

/** Projects taken through the real workflow into execution, with the people who act on them. */
@Component
public class MonitoringTestData {

    private final Fixtures fixtures;
    private final ProjectService projects;
    private final ApprovalService approvals;

    MonitoringTestData(Fixtures fixtures, ProjectService projects, ApprovalService approvals) {
        this.fixtures = fixtures;
        this.projects = projects;
        this.approvals = approvals;
    }

    /** An organisation of its own with an officer, and national reviewers. */
    public record Team(Organisation organisation, TableroUser officer, TableroUser authority, TableroUser budget,
            TableroUser procurement) {
    }

    public Team team() {
        Organisation organisation = fixtures.organisation(null);
        return new Team(organisation, fixtures.officerOf(organisation),
                fixtures.nationalUser(Role.DIGITAL_AUTHORITY), fixtures.nationalUser(Role.BUDGET_OFFICE),
                fixtures.nationalUser(Role.PROCUREMENT_AUTHORITY));
    }

    /** An operational project planned for 2026-01-01 … 2027-12-31 at 200,000.50, approved and started. */
    public Project inExecution(Team team) {
        return inExecution(team, Fixtures.project(team.organisation()));
    }

    public Project inExecution(Team team, ProjectInput input) {
        Project project = approved(team, input);
        fixtures.as(team.officer(), () -> approvals.ownerStep(project.id(), Action.START, null));
        return fixtures.as(team.officer(), () -> projects.get(project.id()));
    }

    public Project approved(Team team, ProjectInput input) {
        Project project = fixtures.as(team.officer(), () -> projects.create(input));
        fixtures.completeAssessments(team.officer(), project.id());
        fixtures.as(team.officer(), () -> approvals.submit(project.id()));
        fixtures.as(team.authority(), () -> approvals.review(project.id(), ReviewAspect.STANDARDS_AND_RISK,
                Verdict.ENDORSE, "Meets the mandatory standards."));
        fixtures.as(team.budget(), () -> approvals.review(project.id(), ReviewAspect.VALUE_AND_COST,
                Verdict.ENDORSE, "The value proposition holds."));
        fixtures.as(team.procurement(), () -> approvals.review(project.id(), ReviewAspect.PROCUREMENT_STRATEGY,
                Verdict.ENDORSE, "Open tender is right."));
        return fixtures.as(team.officer(), () -> projects.get(project.id()));
    }

    /** A plausible report of a month, on budget and on time. */
    public static ProgressReportInput report(YearMonth period, String spend, String projected, int percent) {
        return new ProgressReportInput(period, new BigDecimal(spend), new BigDecimal(projected),
                LocalDate.of(2027, 12, 31), new BigDecimal(percent), false, null, Confidence.MEDIUM_HIGH,
                "Sprint reviews held; the pilot runs in two hospitals.", List.of());
    }
}
