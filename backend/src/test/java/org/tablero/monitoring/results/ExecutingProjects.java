package org.tablero.monitoring.results;

import org.springframework.stereotype.Component;
import org.tablero.approval.Action;
import org.tablero.approval.ApprovalService;
import org.tablero.approval.ReviewAspect;
import org.tablero.approval.Verdict;
import org.tablero.identity.Role;
import org.tablero.identity.TableroUser;
import org.tablero.organisation.Organisation;
import org.tablero.project.Project;
import org.tablero.project.ProjectService;
import org.tablero.support.Fixtures;

/** Projects taken through the real workflow into execution, as the results are recorded for them. */
@Component
public class ExecutingProjects {

    private final Fixtures fixtures;
    private final ProjectService projects;
    private final ApprovalService approvals;
    private Reviewers reviewers;

    private record Reviewers(TableroUser authority, TableroUser budget, TableroUser procurement) {}

    ExecutingProjects(Fixtures fixtures, ProjectService projects, ApprovalService approvals) {
        this.fixtures = fixtures;
        this.projects = projects;
        this.approvals = approvals;
    }

    /**
     * A new operational project of the organisation, created by {@code officer}, with complete assessments,
     * submitted, endorsed by the three national authorities and started: IN_EXECUTION. Its value proposition plans
     * 150,000 of benefits (see {@code ValueTestData.completeInput}).
     */
    public Project inExecution(TableroUser officer, Organisation organisation) {
        Project project = fixtures.as(officer, () -> projects.create(Fixtures.project(organisation)));
        fixtures.completeAssessments(officer, project.id());
        fixtures.as(officer, () -> approvals.submit(project.id()));
        Reviewers national = reviewers();
        review(national.authority(), project, ReviewAspect.STANDARDS_AND_RISK);
        review(national.budget(), project, ReviewAspect.VALUE_AND_COST);
        review(national.procurement(), project, ReviewAspect.PROCUREMENT_STRATEGY);
        return fixtures.as(officer, () -> approvals.ownerStep(project.id(), Action.START, null));
    }

    private void review(TableroUser reviewer, Project project, ReviewAspect aspect) {
        fixtures.as(reviewer, () -> approvals.review(project.id(), aspect, Verdict.ENDORSE, "Meets the criteria"));
    }

    /** The same three reviewers serve every project: they own none of them. */
    private synchronized Reviewers reviewers() {
        if (reviewers == null) {
            reviewers = new Reviewers(fixtures.nationalUser(Role.DIGITAL_AUTHORITY),
                    fixtures.nationalUser(Role.BUDGET_OFFICE), fixtures.nationalUser(Role.PROCUREMENT_AUTHORITY));
        }
        return reviewers;
    }
}
