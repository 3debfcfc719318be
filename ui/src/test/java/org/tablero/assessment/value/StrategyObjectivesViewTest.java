package org.tablero.assessment.value;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.tablero.ViewTest;
import org.tablero.common.NotFoundException;
import org.tablero.project.ProjectFilter;
import org.tablero.project.ProjectService;
import org.tablero.project.ProjectSort;
import org.tablero.project.ProjectSummary;

/** The administrator keeps the strategy objectives from the screen. */
@ViewTest
class StrategyObjectivesViewTest extends SpringBrowserlessTest {

    @Autowired
    StrategyObjectiveService objectives;

    @Autowired
    ProjectService projects;

    @Autowired
    ValuePropositionService propositions;

    @Test
    @WithUserDetails("admin")
    void an_objective_created_on_the_screen_is_saved_and_listed() {
        StrategyObjectivesView view = navigate(StrategyObjectivesView.class);

        test(view.code).setValue("UI-CONNECTIVITY");
        test(view.nameEn).setValue("Connectivity for every school");
        test(view.nameEs).setValue("Conectividad para cada escuela");
        test(view.namePt).setValue("Conectividade para cada escola");
        test(view.save).click();

        StrategyObjective saved = objectives.list(true).stream().filter(o -> o.code().equals("UI-CONNECTIVITY"))
                .findFirst().orElseThrow();
        assertThat(saved.nameEs()).isEqualTo("Conectividad para cada escuela");
        assertThat(saved.active()).isTrue();
        assertThat(view.grid.getListDataView().getItems()).contains(saved);
    }

    @Test
    @WithUserDetails("admin")
    void a_malformed_code_is_refused_at_the_field_and_nothing_is_saved() {
        int before = objectives.list(true).size();
        StrategyObjectivesView view = navigate(StrategyObjectivesView.class);

        test(view.code).setValue("lower case");
        test(view.nameEn).setValue("Anything");
        test(view.save).click();

        assertThat(view.code.isInvalid()).isTrue();
        assertThat(view.nameEs.isInvalid()).isTrue();
        assertThat(objectives.list(true)).hasSize(before);
    }

    @Test
    @WithUserDetails("admin")
    void deleting_an_objective_that_projects_link_to_is_refused_with_the_reason() {
        StrategyObjective linked = linkedObjective();
        StrategyObjectivesView view = navigate(StrategyObjectivesView.class);
        view.grid.select(linked);

        view.deleteEditing();

        assertThat(view.objectiveProblem.isVisible()).isTrue();
        assertThat(view.objectiveProblem.getText()).isNotBlank().doesNotStartWith("!");
        assertThat(objectives.get(linked.id())).isEqualTo(linked);
    }

    @Test
    @WithUserDetails("admin")
    void an_unused_objective_is_deleted() {
        StrategyObjective unused = objectives.create(new StrategyObjectiveInput("UI-UNUSED", "Unused", "Sin uso",
                "Sem uso", true));
        StrategyObjectivesView view = navigate(StrategyObjectivesView.class);
        view.grid.select(unused);

        view.deleteEditing();

        assertThat(objectives.list(true)).doesNotContain(unused);
        assertThat(view.grid.getListDataView().getItems()).doesNotContain(unused);
    }

    private StrategyObjective linkedObjective() {
        for (ProjectSummary project : projects.page(ProjectFilter.none(), ProjectSort.CODE, true, 0, 50)) {
            Optional<StrategyObjective> linked = value(project.id()).flatMap(v -> v.objectives().stream().findFirst());
            if (linked.isPresent()) {
                return objectives.get(linked.get().id());
            }
        }
        throw new AssertionError("the demo data links no project to an objective");
    }

    private Optional<ValueProposition> value(long projectId) {
        try {
            return Optional.ofNullable(propositions.get(projectId));
        } catch (NotFoundException none) {
            return Optional.empty();
        }
    }
}
