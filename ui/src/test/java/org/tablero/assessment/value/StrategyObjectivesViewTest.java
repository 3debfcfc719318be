package org.tablero.assessment.value;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.tablero.ViewTest;
import org.tablero.identity.TableroUser;
import org.tablero.organisation.Organisation;
import org.tablero.project.Project;
import org.tablero.project.ProjectService;
import org.tablero.support.Fixtures;

/** The administrator keeps the strategy objectives from the screen. */
@ViewTest
class StrategyObjectivesViewTest extends SpringBrowserlessTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    ValueTestData valueTestData;

    @Autowired
    StrategyObjectiveService objectives;

    @Autowired
    ProjectService projects;

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

    /** An objective that a project's value proposition links to, made here rather than found in demo data. */
    private StrategyObjective linkedObjective() {
        Organisation organisation = fixtures.organisation(null);
        TableroUser officer = fixtures.officerOf(organisation);
        Project project = fixtures.as(officer, () -> projects.create(Fixtures.project(organisation)));
        ValueProposition value = valueTestData.complete(officer, project.id());
        return objectives.get(value.objectives().getFirst().id());
    }
}
