package org.tablero.approval;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.tablero.ViewTest;
import org.tablero.identity.SystemTask;
import org.tablero.identity.TableroUser;
import org.tablero.organisation.OrganisationService;
import org.tablero.project.Project;
import org.tablero.project.ProjectService;
import org.tablero.project.ProjectStatus;
import org.tablero.project.ProjectView;
import org.tablero.support.Fixtures;

/** The workflow as people use it in the UI: the owner submits, a reviewer judges on the review screen. */
@ViewTest
class WorkflowViewTest extends SpringBrowserlessTest {

    @Autowired
    ProjectService projects;

    @Autowired
    ApprovalService approvals;

    @Autowired
    OrganisationService organisations;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    Fixtures fixtures;

    @Test
    @WithUserDetails("officer")
    void submission_waits_until_the_assessments_are_complete_and_says_what_is_missing() {
        Project draft = projects.create(Fixtures.project(organisations.visibleToCurrentUser().getFirst()));
        navigate(ProjectView.class, Map.of("id", String.valueOf(draft.id())));

        assertThat(find(Button.class).withClassName("action-submit").single().isEnabled()).isFalse();
        assertThat(find(ListItem.class).all()).isNotEmpty();
    }

    @Test
    @WithUserDetails("officer")
    void the_owner_submits_from_the_project_page() {
        Project draft = projects.create(Fixtures.project(organisations.visibleToCurrentUser().getFirst()));
        fixtures.completeAssessments((TableroUser) accounts.loadUserByUsername("officer"), draft.id());
        navigate(ProjectView.class, Map.of("id", String.valueOf(draft.id())));

        test(find(Button.class).withClassName("action-submit").single()).click();

        assertThat(projects.get(draft.id()).status()).isEqualTo(ProjectStatus.IN_REVIEW);
        assertThat(approvals.rounds(draft.id())).singleElement().satisfies(round -> assertThat(round.isOpen()).isTrue());
    }

    @Test
    @WithUserDetails("budget")
    void a_reviewer_gives_a_verdict_with_its_rationale_on_the_review_screen() {
        long id = submittedByTheOfficer();
        ReviewView screen = navigate(ReviewView.class, Map.of("id", String.valueOf(id)));

        screen.verdict.setValue(Verdict.REQUEST_CHANGES);
        test(screen.rationale).setValue("Quantify the benefits per year.");
        test(screen.give).click();

        assertThat(getCurrentView()).isInstanceOf(ReviewQueueView.class);
        assertThat(approvals.rounds(id).getFirst().reviews()).singleElement().satisfies(review -> {
            assertThat(review.aspect()).isEqualTo(ReviewAspect.VALUE_AND_COST);
            assertThat(review.verdict()).isEqualTo(Verdict.REQUEST_CHANGES);
            assertThat(review.rationale()).isEqualTo("Quantify the benefits per year.");
        });
    }

    @Test
    @WithUserDetails("budget")
    void a_verdict_without_rationale_is_refused_at_the_field_and_not_recorded() {
        long id = submittedByTheOfficer();
        ReviewView screen = navigate(ReviewView.class, Map.of("id", String.valueOf(id)));

        screen.verdict.setValue(Verdict.ENDORSE);
        test(screen.give).click();

        assertThat(screen.rationale.isInvalid()).isTrue();
        assertThat(approvals.rounds(id).getFirst().reviews()).isEmpty();
    }

    private long submittedByTheOfficer() {
        TableroUser officer = (TableroUser) accounts.loadUserByUsername("officer");
        long[] id = new long[1];
        SystemTask.runAs(officer, () -> {
            Project draft = projects.create(Fixtures.project(organisations.visibleToCurrentUser().getFirst()));
            fixtures.completeAssessments(officer, draft.id());
            approvals.submit(draft.id());
            id[0] = draft.id();
        });
        return id[0];
    }
}
