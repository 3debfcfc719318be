package org.tablero.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.tablero.db.Tables.AUDIT_EVENT;

import java.math.BigDecimal;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.tablero.assessment.risk.RiskCategory;
import org.tablero.assessment.risk.RiskInput;
import org.tablero.assessment.risk.RiskService;
import org.tablero.assessment.risk.RiskStatus;
import org.tablero.common.InvalidInputException;
import org.tablero.identity.Role;
import org.tablero.identity.TableroUser;
import org.tablero.organisation.Organisation;
import org.tablero.project.Project;
import org.tablero.project.ProjectInput;
import org.tablero.project.ProjectService;
import org.tablero.project.ProjectStatus;
import org.tablero.project.Tier;
import org.tablero.project.YearlyCost;
import org.tablero.support.DatabaseTest;
import org.tablero.support.Fixtures;

@DatabaseTest
class ApprovalServiceIntegrationTest {

    @Autowired
    ApprovalService approvals;

    @Autowired
    ProjectService projects;

    @Autowired
    Fixtures fixtures;

    @Autowired
    DSLContext db;

    @Autowired
    RiskService risks;

    Organisation ministry;
    TableroUser officer;
    TableroUser authority;
    TableroUser budget;
    TableroUser procurement;
    TableroUser board;

    @BeforeEach
    void people() {
        ministry = fixtures.organisation(null);
        officer = fixtures.officerOf(ministry);
        authority = fixtures.nationalUser(Role.DIGITAL_AUTHORITY);
        budget = fixtures.nationalUser(Role.BUDGET_OFFICE);
        procurement = fixtures.nationalUser(Role.PROCUREMENT_AUTHORITY);
        board = fixtures.nationalUser(Role.STRATEGIC_BOARD);
    }

    @Test
    void an_operational_project_endorsed_by_all_three_authorities_is_approved_and_then_executed() {
        Project project = submitted(Fixtures.project(ministry));

        review(authority, project, ReviewAspect.STANDARDS_AND_RISK, Verdict.ENDORSE);
        review(budget, project, ReviewAspect.VALUE_AND_COST, Verdict.ENDORSE);
        assertThat(statusOf(project)).as("the round waits for the third verdict").isEqualTo(ProjectStatus.IN_REVIEW);
        review(procurement, project, ReviewAspect.PROCUREMENT_STRATEGY, Verdict.ENDORSE);

        assertThat(statusOf(project)).isEqualTo(ProjectStatus.APPROVED);
        fixtures.as(officer, () -> approvals.ownerStep(project.id(), Action.START, null));
        assertThat(statusOf(project)).isEqualTo(ProjectStatus.IN_EXECUTION);
        List<ReviewRound> rounds = fixtures.as(officer, () -> approvals.rounds(project.id()));
        assertThat(rounds).singleElement().satisfies(round -> {
            assertThat(round.outcome()).isEqualTo(ProjectStatus.APPROVED);
            assertThat(round.reviews()).extracting(Review::verdict).containsOnly(Verdict.ENDORSE).hasSize(3);
        });
        assertThat(auditActions(project)).contains("SUBMIT", "REVIEW_ENDORSE", "ROUND_CLOSED", "START");
    }

    @Test
    void a_strategic_project_goes_to_the_board_which_approves_it_with_a_rationale() {
        Project project = submitted(expensive(Fixtures.project(ministry)));
        assertThat(project.tier()).isEqualTo(Tier.STRATEGIC);

        endorseAll(project);
        assertThat(statusOf(project)).isEqualTo(ProjectStatus.BOARD_REVIEW);
        fixtures.as(board, () -> approvals.decide(project.id(), true, "Aligned with the national strategy."));

        assertThat(statusOf(project)).isEqualTo(ProjectStatus.APPROVED);
        assertThat(fixtures.as(board, () -> approvals.steps(project.id()))).last().satisfies(step -> {
            assertThat(step.action()).isEqualTo(Action.BOARD_APPROVE);
            assertThat(step.rationale()).isEqualTo("Aligned with the national strategy.");
        });
    }

    @Test
    void a_request_for_changes_returns_the_project_and_resubmission_opens_a_second_round_keeping_the_first() {
        Project project = submitted(Fixtures.project(ministry));
        review(authority, project, ReviewAspect.STANDARDS_AND_RISK, Verdict.REQUEST_CHANGES);
        review(budget, project, ReviewAspect.VALUE_AND_COST, Verdict.ENDORSE);
        review(procurement, project, ReviewAspect.PROCUREMENT_STRATEGY, Verdict.ENDORSE);
        assertThat(statusOf(project)).isEqualTo(ProjectStatus.RETURNED);
        fixtures.as(officer, () -> risks.add(project.id(), new RiskInput(RiskCategory.ADOPTION,
                "Added after the return", 2, 2, "Training", 1, 1, "Service desk", RiskStatus.OPEN)));

        fixtures.as(officer, () -> approvals.submit(project.id()));
        endorseAll(project);

        List<ReviewRound> rounds = fixtures.as(officer, () -> approvals.rounds(project.id()));
        assertThat(rounds).extracting(ReviewRound::number, ReviewRound::outcome).containsExactly(
                tuple(1, ProjectStatus.RETURNED),
                tuple(2, ProjectStatus.APPROVED));
        assertThat(rounds.getFirst().reviews()).extracting(Review::verdict).contains(Verdict.REQUEST_CHANGES);
        assertThat(rounds.getFirst().assessments()).as("what round 1 judged stays as it was")
                .contains("\"standards\"", "\"value\"", "\"procurement\"").doesNotContain("Added after the return");
        assertThat(rounds.get(1).assessments()).contains("Added after the return");
    }

    @Test
    void an_objection_rejects_an_operational_project_and_sends_a_strategic_one_to_the_board() {
        Project operational = submitted(Fixtures.project(ministry));
        Project strategic = submitted(expensive(Fixtures.project(ministry)));
        for (Project project : List.of(operational, strategic)) {
            review(authority, project, ReviewAspect.STANDARDS_AND_RISK, Verdict.OBJECT);
            review(budget, project, ReviewAspect.VALUE_AND_COST, Verdict.ENDORSE);
            review(procurement, project, ReviewAspect.PROCUREMENT_STRATEGY, Verdict.ENDORSE);
        }
        assertThat(statusOf(operational)).isEqualTo(ProjectStatus.REJECTED);
        assertThat(statusOf(strategic)).isEqualTo(ProjectStatus.BOARD_REVIEW);
    }

    @Test
    void an_owner_who_is_also_an_authority_cannot_review_their_own_project() {
        TableroUser ownerAndAuthority = fixtures.userOf(ministry, Role.AGENCY_OFFICER, Role.DIGITAL_AUTHORITY);
        Project project = fixtures.as(ownerAndAuthority, () -> projects.create(Fixtures.project(ministry)));
        fixtures.completeAssessments(ownerAndAuthority, project.id());
        fixtures.as(ownerAndAuthority, () -> approvals.submit(project.id()));

        assertThatThrownBy(() -> review(ownerAndAuthority, project, ReviewAspect.STANDARDS_AND_RISK, Verdict.ENDORSE))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_user_with_two_roles_gives_only_one_verdict_in_a_round() {
        TableroUser twoHats = fixtures.nationalUser(Role.DIGITAL_AUTHORITY, Role.BUDGET_OFFICE);
        Project project = submitted(Fixtures.project(ministry));
        review(twoHats, project, ReviewAspect.STANDARDS_AND_RISK, Verdict.ENDORSE);

        assertThatThrownBy(() -> review(twoHats, project, ReviewAspect.VALUE_AND_COST, Verdict.ENDORSE))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_authority_of_another_state_cannot_review() {
        Organisation otherState = fixtures.organisation(null);
        TableroUser stateAuthority = fixtures.userOf(otherState, Role.DIGITAL_AUTHORITY);
        Project project = submitted(Fixtures.project(ministry));

        assertThatThrownBy(() -> review(stateAuthority, project, ReviewAspect.STANDARDS_AND_RISK, Verdict.ENDORSE))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_verdict_without_a_rationale_is_refused_and_leaves_no_trace() {
        Project project = submitted(Fixtures.project(ministry));
        int auditEvents = db.fetchCount(AUDIT_EVENT);

        assertThatThrownBy(() -> fixtures.as(authority, () -> approvals.review(project.id(),
                ReviewAspect.STANDARDS_AND_RISK, Verdict.ENDORSE, "  "))).isInstanceOf(InvalidInputException.class);

        assertThat(db.fetchCount(AUDIT_EVENT)).isEqualTo(auditEvents);
        assertThat(fixtures.as(officer, () -> approvals.rounds(project.id())).getFirst().reviews()).isEmpty();
    }

    @Test
    void a_project_whose_assessments_are_incomplete_cannot_be_submitted() {
        Project draft = fixtures.as(officer, () -> projects.create(Fixtures.project(ministry)));
        assertThat(fixtures.as(officer, () -> approvals.missingForSubmission(draft.id())))
                .extracting(problem -> problem.field()).contains("risks", "procurement");

        assertThatThrownBy(() -> fixtures.as(officer, () -> approvals.submit(draft.id())))
                .isInstanceOf(InvalidInputException.class);
        assertThat(statusOf(draft)).isEqualTo(ProjectStatus.DRAFT);
    }

    @Test
    void a_step_from_the_wrong_status_is_refused_and_changes_nothing() {
        Project draft = fixtures.as(officer, () -> projects.create(Fixtures.project(ministry)));
        int auditEvents = db.fetchCount(AUDIT_EVENT);

        assertThatThrownBy(() -> fixtures.as(officer, () -> approvals.ownerStep(draft.id(), Action.START, null)))
                .isInstanceOfSatisfying(StepRefusedException.class,
                        refused -> assertThat(refused.reasons()).containsExactly("workflow.blocked.status"));
        assertThatThrownBy(() -> review(authority, draft, ReviewAspect.STANDARDS_AND_RISK, Verdict.ENDORSE))
                .isInstanceOf(StepRefusedException.class);

        assertThat(statusOf(draft)).isEqualTo(ProjectStatus.DRAFT);
        assertThat(db.fetchCount(AUDIT_EVENT)).isEqualTo(auditEvents);
    }

    @Test
    void cancelling_needs_a_reason_and_is_final() {
        Project project = submitted(Fixtures.project(ministry));
        assertThatThrownBy(() -> fixtures.as(officer, () -> approvals.ownerStep(project.id(), Action.CANCEL, "")))
                .isInstanceOf(InvalidInputException.class);

        fixtures.as(officer, () -> approvals.ownerStep(project.id(), Action.CANCEL, "Merged into the national ID"));

        assertThat(statusOf(project)).isEqualTo(ProjectStatus.CANCELLED);
        assertThat(fixtures.as(officer, () -> approvals.blockers(project.id())).values())
                .allMatch(blockers -> !blockers.isEmpty());
    }

    private Project submitted(ProjectInput input) {
        Project project = fixtures.as(officer, () -> projects.create(input));
        fixtures.completeAssessments(officer, project.id());
        return fixtures.as(officer, () -> approvals.submit(project.id()));
    }

    private void endorseAll(Project project) {
        review(authority, project, ReviewAspect.STANDARDS_AND_RISK, Verdict.ENDORSE);
        review(budget, project, ReviewAspect.VALUE_AND_COST, Verdict.ENDORSE);
        review(procurement, project, ReviewAspect.PROCUREMENT_STRATEGY, Verdict.ENDORSE);
    }

    private void review(TableroUser reviewer, Project project, ReviewAspect aspect, Verdict verdict) {
        fixtures.as(reviewer, () -> approvals.review(project.id(), aspect, verdict, "Reasoned " + verdict));
    }

    private ProjectStatus statusOf(Project project) {
        return fixtures.as(fixtures.admin(), () -> projects.get(project.id())).status();
    }

    private List<String> auditActions(Project project) {
        return fixtures.as(officer, () -> projects.history(project.id())).stream().map(event -> event.action())
                .toList();
    }

    private static ProjectInput expensive(ProjectInput input) {
        return new ProjectInput(input.code(), input.title(), input.summary(), input.organisationId(),
                input.category(), input.policyArea(), input.deliveryApproach(), input.iterationWeeks(), false, false,
                input.fundingSource(), input.plannedStart(), input.plannedEnd(), input.infrastructure(),
                List.of(new YearlyCost(2026, new BigDecimal("6000000.00"), new BigDecimal("100000.00"))));
    }
}
