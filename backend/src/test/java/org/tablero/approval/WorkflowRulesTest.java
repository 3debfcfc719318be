package org.tablero.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tablero.identity.Role;
import org.tablero.project.ProjectStatus;
import org.tablero.project.Tier;

class WorkflowRulesTest {

    private static final Actor OFFICER = new Actor(1, Set.of(Role.AGENCY_OFFICER), true);
    private static final Actor AUTHORITY = new Actor(2, Set.of(Role.DIGITAL_AUTHORITY), false);
    private static final Actor BUDGET = new Actor(3, Set.of(Role.BUDGET_OFFICE), false);
    private static final Actor BOARD = new Actor(4, Set.of(Role.STRATEGIC_BOARD), false);

    /** Every allowed step of domain.md's lifecycle, with the role that takes it. */
    static Stream<Arguments> allowedSteps() {
        return Stream.of(
                Arguments.of(Action.SUBMIT, ProjectStatus.DRAFT, OFFICER),
                Arguments.of(Action.SUBMIT, ProjectStatus.RETURNED, OFFICER),
                Arguments.of(Action.REVIEW, ProjectStatus.IN_REVIEW, AUTHORITY),
                Arguments.of(Action.BOARD_APPROVE, ProjectStatus.BOARD_REVIEW, BOARD),
                Arguments.of(Action.BOARD_REJECT, ProjectStatus.BOARD_REVIEW, BOARD),
                Arguments.of(Action.START, ProjectStatus.APPROVED, OFFICER),
                Arguments.of(Action.HOLD, ProjectStatus.IN_EXECUTION, OFFICER),
                Arguments.of(Action.RESUME, ProjectStatus.ON_HOLD, OFFICER),
                Arguments.of(Action.CLOSE, ProjectStatus.IN_EXECUTION, OFFICER),
                Arguments.of(Action.CANCEL, ProjectStatus.DRAFT, OFFICER),
                Arguments.of(Action.CANCEL, ProjectStatus.IN_REVIEW, OFFICER),
                Arguments.of(Action.CANCEL, ProjectStatus.BOARD_REVIEW, OFFICER),
                Arguments.of(Action.CANCEL, ProjectStatus.ON_HOLD, OFFICER));
    }

    @ParameterizedTest
    @MethodSource("allowedSteps")
    void allowed_steps_have_no_blockers(Action action, ProjectStatus status, Actor actor) {
        assertThat(WorkflowRules.blockers(action, ReviewAspect.STANDARDS_AND_RISK, status, actor, Map.of())).isEmpty();
    }

    @Test
    void every_step_is_refused_from_every_status_it_does_not_start_from() {
        for (Action action : Action.values()) {
            for (ProjectStatus status : ProjectStatus.values()) {
                if (!action.allowedFrom(status)) {
                    Actor anyone = new Actor(9, EnumSet.allOf(Role.class), false);
                    assertThat(WorkflowRules.blockers(action, ReviewAspect.VALUE_AND_COST, status, anyone, Map.of()))
                            .as("%s from %s", action, status).contains("workflow.blocked.status");
                }
            }
        }
    }

    @Test
    void terminal_statuses_allow_nothing() {
        for (ProjectStatus terminal : EnumSet.of(ProjectStatus.REJECTED, ProjectStatus.COMPLETED,
                ProjectStatus.CANCELLED)) {
            assertThat(Stream.of(Action.values()).filter(action -> action.allowedFrom(terminal))).isEmpty();
        }
    }

    @Test
    void each_review_needs_the_role_of_its_aspect() {
        assertThat(WorkflowRules.blockers(Action.REVIEW, ReviewAspect.VALUE_AND_COST, ProjectStatus.IN_REVIEW,
                AUTHORITY, Map.of())).containsExactly("workflow.blocked.role");
        assertThat(WorkflowRules.blockers(Action.REVIEW, ReviewAspect.VALUE_AND_COST, ProjectStatus.IN_REVIEW,
                BUDGET, Map.of())).isEmpty();
    }

    @Test
    void only_the_board_decides_and_only_officers_submit() {
        assertThat(WorkflowRules.blockers(Action.BOARD_APPROVE, null, ProjectStatus.BOARD_REVIEW, AUTHORITY,
                Map.of())).containsExactly("workflow.blocked.role");
        assertThat(WorkflowRules.blockers(Action.SUBMIT, null, ProjectStatus.DRAFT, BUDGET, Map.of()))
                .containsExactly("workflow.blocked.role");
    }

    @Test
    void nobody_judges_a_project_they_own() {
        Actor ownerWhoIsAlsoAuthority = new Actor(5, Set.of(Role.AGENCY_OFFICER, Role.DIGITAL_AUTHORITY), true);
        Actor ownerWhoSitsOnTheBoard = new Actor(6, Set.of(Role.AGENCY_OFFICER, Role.STRATEGIC_BOARD), true);

        assertThat(WorkflowRules.blockers(Action.REVIEW, ReviewAspect.STANDARDS_AND_RISK, ProjectStatus.IN_REVIEW,
                ownerWhoIsAlsoAuthority, Map.of())).containsExactly("workflow.blocked.own-project");
        assertThat(WorkflowRules.blockers(Action.BOARD_APPROVE, null, ProjectStatus.BOARD_REVIEW,
                ownerWhoSitsOnTheBoard, Map.of())).containsExactly("workflow.blocked.own-project");
    }

    @Test
    void a_user_with_two_roles_gives_only_one_verdict_per_round() {
        Actor twoHats = new Actor(7, Set.of(Role.DIGITAL_AUTHORITY, Role.BUDGET_OFFICE), false);
        Map<ReviewAspect, Long> given = new EnumMap<>(ReviewAspect.class);
        given.put(ReviewAspect.STANDARDS_AND_RISK, 7L);

        assertThat(WorkflowRules.blockers(Action.REVIEW, ReviewAspect.VALUE_AND_COST, ProjectStatus.IN_REVIEW,
                twoHats, given)).containsExactly("workflow.blocked.second-verdict");
    }

    @Test
    void a_user_without_any_reviewing_role_cannot_review() {
        assertThat(WorkflowRules.blockers(Action.REVIEW, null, ProjectStatus.IN_REVIEW, BOARD, Map.of()))
                .containsExactly("workflow.blocked.role");
        assertThat(ApprovalService.reviewableAspect(BOARD, Map.of())).isNull();
    }

    @Test
    void a_reviewer_is_offered_the_aspect_of_their_role_that_is_still_open() {
        Actor twoHats = new Actor(7, Set.of(Role.DIGITAL_AUTHORITY, Role.BUDGET_OFFICE), false);
        assertThat(ApprovalService.reviewableAspect(twoHats, Map.of(ReviewAspect.STANDARDS_AND_RISK, 2L)))
                .isEqualTo(ReviewAspect.VALUE_AND_COST);
        assertThat(ApprovalService.reviewableAspect(BUDGET, Map.of())).isEqualTo(ReviewAspect.VALUE_AND_COST);
    }

    @Test
    void an_aspect_is_reviewed_once_per_round() {
        Actor anotherAuthority = new Actor(8, Set.of(Role.DIGITAL_AUTHORITY), false);
        assertThat(WorkflowRules.blockers(Action.REVIEW, ReviewAspect.STANDARDS_AND_RISK, ProjectStatus.IN_REVIEW,
                anotherAuthority, Map.of(ReviewAspect.STANDARDS_AND_RISK, 2L)))
                .containsExactly("workflow.blocked.already-reviewed");
    }

    @Test
    void a_round_decides_only_when_all_three_verdicts_are_in() {
        assertThat(RoundOutcome.of(verdicts(Verdict.ENDORSE, Verdict.ENDORSE, null), Tier.OPERATIONAL)).isEmpty();
        assertThat(RoundOutcome.of(verdicts(Verdict.OBJECT, null, null), Tier.OPERATIONAL)).isEmpty();
    }

    @Test
    void all_endorse_approves_an_operational_project_and_sends_a_strategic_one_to_the_board() {
        var allEndorse = verdicts(Verdict.ENDORSE, Verdict.ENDORSE, Verdict.ENDORSE);
        assertThat(RoundOutcome.of(allEndorse, Tier.OPERATIONAL)).contains(ProjectStatus.APPROVED);
        assertThat(RoundOutcome.of(allEndorse, Tier.STRATEGIC)).contains(ProjectStatus.BOARD_REVIEW);
    }

    @Test
    void a_request_for_changes_returns_the_project_to_its_owner() {
        var oneRequest = verdicts(Verdict.ENDORSE, Verdict.REQUEST_CHANGES, Verdict.ENDORSE);
        assertThat(RoundOutcome.of(oneRequest, Tier.OPERATIONAL)).contains(ProjectStatus.RETURNED);
        assertThat(RoundOutcome.of(oneRequest, Tier.STRATEGIC)).contains(ProjectStatus.RETURNED);
    }

    @Test
    void an_objection_rejects_an_operational_project_and_takes_a_strategic_one_to_the_board() {
        var objection = verdicts(Verdict.OBJECT, Verdict.REQUEST_CHANGES, Verdict.ENDORSE);
        assertThat(RoundOutcome.of(objection, Tier.OPERATIONAL)).contains(ProjectStatus.REJECTED);
        assertThat(RoundOutcome.of(objection, Tier.STRATEGIC)).contains(ProjectStatus.BOARD_REVIEW);
    }

    private static Map<ReviewAspect, Verdict> verdicts(Verdict standards, Verdict value, Verdict procurement) {
        Map<ReviewAspect, Verdict> verdicts = new EnumMap<>(ReviewAspect.class);
        if (standards != null) {
            verdicts.put(ReviewAspect.STANDARDS_AND_RISK, standards);
        }
        if (value != null) {
            verdicts.put(ReviewAspect.VALUE_AND_COST, value);
        }
        if (procurement != null) {
            verdicts.put(ReviewAspect.PROCUREMENT_STRATEGY, procurement);
        }
        return verdicts;
    }
}
