package org.tablero.project;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.tablero.ViewTest;
import org.tablero.identity.CurrentUser;
import org.tablero.organisation.Organisation;
import org.tablero.organisation.OrganisationService;

@ViewTest
class ProjectsViewTest extends SpringBrowserlessTest {

    @Autowired
    OrganisationService organisations;

    @Test
    @WithUserDetails("officer")
    void an_officer_sees_only_the_projects_of_their_own_organisation_subtree() {
        navigate(ProjectsView.class);
        List<String> ownOrganisations = organisations.visibleToCurrentUser().stream().map(Organisation::name).toList();

        List<ProjectSummary> rows = rows();

        assertThat(rows).isNotEmpty();
        assertThat(rows).extracting(ProjectSummary::organisationName).allMatch(ownOrganisations::contains);
        assertThat(CurrentUser.get().organisationName()).isEqualTo("Ministerio de Salud");
        assertThat(ownOrganisations).doesNotContain("Secretaria de Saúde de Rio Verde");
    }

    @Test
    @WithUserDetails("budget")
    void a_filter_in_the_address_is_applied_so_a_filtered_list_can_be_shared() {
        openWithAddress(Map.of("status", "IN_EXECUTION"));

        @SuppressWarnings("unchecked")
        Select<ProjectStatus> status = (Select<ProjectStatus>) find(Select.class).all().stream()
                .filter(select -> select.getValue() == ProjectStatus.IN_EXECUTION).findFirst().orElseThrow();
        assertThat(status.getValue()).isEqualTo(ProjectStatus.IN_EXECUTION);
        assertThat(rows()).isNotEmpty().extracting(ProjectSummary::status).containsOnly(ProjectStatus.IN_EXECUTION);
    }

    @Test
    @WithUserDetails("budget")
    void an_unknown_value_in_a_shared_address_is_ignored_rather_than_failing() {
        openWithAddress(Map.of("status", "NOT_A_STATUS", "organisation", "abc"));
        assertThat(rows()).extracting(ProjectSummary::status).contains(ProjectStatus.DRAFT, ProjectStatus.COMPLETED);
    }

    private void openWithAddress(Map<String, String> parameters) {
        UI.getCurrent().navigate("projects", QueryParameters.simple(parameters));
        assertThat(getCurrentView()).isInstanceOf(ProjectsView.class);
    }

    @SuppressWarnings("unchecked")
    private List<ProjectSummary> rows() {
        Grid<ProjectSummary> grid = find(Grid.class).single();
        var tester = test(grid);
        List<ProjectSummary> rows = new ArrayList<>();
        for (int i = 0; i < tester.size(); i++) {
            rows.add(tester.getRow(i));
        }
        return rows;
    }
}
