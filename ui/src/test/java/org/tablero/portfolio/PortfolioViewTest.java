package org.tablero.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.tablero.ViewTest;
import org.tablero.project.ProjectStatus;

/** The budget office's portfolio on the demo portfolio: the figures are the service's, and every one drills down. */
@ViewTest
class PortfolioViewTest extends SpringBrowserlessTest {

    @Autowired
    PortfolioService portfolio;

    @Test
    @WithUserDetails("budget")
    void the_tiles_show_the_portfolio_s_headline_figures() {
        Figures headline = portfolio.summary(PortfolioFilter.none()).headline();

        open(Map.of());

        List<String> tiles = find(Anchor.class).withClassName("tile").all().stream()
                .map(tile -> tile.getElement().getTextRecursively()).toList();
        assertThat(tiles).anySatisfy(tile -> assertThat(tile).contains(String.valueOf(headline.projects())));
        assertThat(tiles).anySatisfy(tile -> assertThat(tile).contains(String.valueOf(headline.inExecution())));
        assertThat(rows()).hasSize(headline.projects());
    }

    @Test
    @WithUserDetails("budget")
    void a_figure_drills_down_to_exactly_the_projects_behind_it() {
        open(Map.of("status", "IN_EXECUTION"));

        List<PortfolioProject> rows = rows();
        assertThat(rows).isNotEmpty().extracting(PortfolioProject::status).containsOnly(ProjectStatus.IN_EXECUTION);
        assertThat(rows).hasSize(portfolio.count(PortfolioFilter.none().withStatus(ProjectStatus.IN_EXECUTION),
                PortfolioList.ALL));
        assertThat(find(Anchor.class).withClassName("filter-chip").all()).singleElement()
                .satisfies(chip -> assertThat(chip.getHref()).isEqualTo("portfolio"));
        assertThat(find(Anchor.class).withClassName("export-link").all()).hasSize(2);
    }

    @Test
    @WithUserDetails("budget")
    void the_tiles_lead_to_the_lists_of_projects_at_risk_stale_over_budget_and_late() {
        open(Map.of());

        assertThat(find(Anchor.class).withClassName("tile").all()).extracting(Anchor::getHref)
                .contains("portfolio?list=OVER_BUDGET#projects", "portfolio?list=LATE#projects",
                        "portfolio?list=STALE#projects", "portfolio?list=AT_RISK#projects",
                        "portfolio?status=IN_EXECUTION#projects");
    }

    @Test
    @WithUserDetails("budget")
    void an_unknown_value_in_a_shared_address_shows_the_whole_portfolio_rather_than_failing() {
        open(Map.of("status", "NOT_A_STATUS", "rating", "abc"));

        assertThat(rows()).hasSize(portfolio.summary(PortfolioFilter.none()).headline().projects());
    }

    private void open(Map<String, String> parameters) {
        UI.getCurrent().navigate("portfolio", QueryParameters.simple(parameters));
        assertThat(getCurrentView()).isInstanceOf(PortfolioView.class);
    }

    @SuppressWarnings("unchecked")
    private List<PortfolioProject> rows() {
        Grid<PortfolioProject> grid = find(Grid.class).withId("projects").single();
        var tester = test(grid);
        List<PortfolioProject> rows = new ArrayList<>();
        for (int i = 0; i < tester.size(); i++) {
            rows.add(tester.getRow(i));
        }
        return rows;
    }
}
