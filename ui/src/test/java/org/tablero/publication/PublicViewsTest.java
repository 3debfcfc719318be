package org.tablero.publication;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.tablero.ViewTest;
import org.tablero.approval.ApprovalService;
import org.tablero.assessment.risk.RiskCategory;
import org.tablero.assessment.risk.RiskInput;
import org.tablero.assessment.risk.RiskService;
import org.tablero.assessment.risk.RiskStatus;
import org.tablero.common.Chart;
import org.tablero.common.ChartCard;
import org.tablero.identity.TableroUser;
import org.tablero.organisation.Organisation;
import org.tablero.organisation.OrganisationService;
import org.tablero.project.Project;
import org.tablero.project.ProjectService;
import org.tablero.project.ProjectStatus;
import org.tablero.support.Fixtures;

/** The public dashboards as anyone without an account uses them, on the demo portfolio. */
@ViewTest
@WithAnonymousUser
class PublicViewsTest extends SpringBrowserlessTest {

    private static final String SECRET_SUMMARY = "Replaces the border firewall of Puerto Alba";
    private static final String SECRET_RISK = "Unpatched VPN gateway exposes the customs network";
    private static final String SECRET_MITIGATION = "Patch window on Sundays at 03:00";
    private static final String LEGAL_GROUND = "Ley 19.628, artículo 7 (seguridad nacional)";

    @Autowired
    PublicPortfolio portfolio;

    @Autowired
    ProjectService projects;

    @Autowired
    ApprovalService approvals;

    @Autowired
    RiskService risks;

    @Autowired
    ConfidentialFieldService confidential;

    @Autowired
    OrganisationService organisations;

    @Autowired
    Fixtures fixtures;

    @BeforeEach
    void readInEnglish() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @Test
    void the_overview_shows_the_figures_of_the_demo_portfolio_in_tiles_charts_and_tables() {
        PortfolioOverview overview = portfolio.overview(null);
        assertThat(overview.projects()).as("the demo portfolio has public projects").isGreaterThan(10);

        navigate(PublicHomeView.class);

        assertThat(tile("tile-projects")).isEqualTo(String.valueOf(overview.projects()));
        long inExecution = overview.byStatus().stream().filter(b -> b.key().equals("IN_EXECUTION"))
                .mapToLong(PortfolioOverview.Breakdown::projects).sum();
        assertThat(tile("tile-in-execution")).isEqualTo(String.valueOf(inExecution));
        assertThat(find(Chart.class).all()).hasSizeGreaterThanOrEqualTo(9);
        ChartCard byStatus = card("Projects by status");
        for (PortfolioOverview.Breakdown status : overview.byStatus()) {
            String label = byStatus.getTranslation("enum.ProjectStatus." + status.key());
            assertThat(rows(byStatus)).as("the table under the chart")
                    .anyMatch(row -> row.startsWith(label + " " + status.projects() + " $"));
        }
        assertThat(byStatus.chart().categories()).extracting(Chart.Category::key)
                .doesNotContain(ProjectStatus.DRAFT.name());
    }

    @Test
    void a_click_on_a_bar_opens_the_projects_behind_it_at_an_address_that_can_be_shared() {
        navigate(PublicHomeView.class);
        Chart byStatus = card("Projects by status").chart();

        ComponentUtil.fireEvent(byStatus, new Chart.CategoryClickEvent(byStatus, true, "IN_EXECUTION"));

        assertThat(getCurrentView()).isInstanceOf(PublicProjectsView.class);
        assertThat(UI.getCurrent().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("public/projects?status=IN_EXECUTION");
        assertThat(rows()).isNotEmpty().extracting(PublicProject::status).containsOnly(ProjectStatus.IN_EXECUTION);
    }

    @Test
    void the_table_under_a_chart_leads_by_keyboard_to_the_same_projects() {
        navigate(PublicHomeView.class);
        List<String> links = find(Anchor.class).all().stream()
                .filter(anchor -> anchor.getText().equals(anchor.getTranslation("enum.ProjectStatus.IN_EXECUTION")))
                .map(Anchor::getHref).toList();
        assertThat(links).contains("public/projects?status=IN_EXECUTION");
    }

    @Test
    void the_filters_in_the_address_select_the_projects() {
        openList(Map.of("organisation", "MIN-SALUD", "category", "NEW_DEVELOPMENT"));
        List<PublicProject> found = rows();
        assertThat(found).isNotEmpty().allSatisfy(project -> {
            assertThat(project.organisationCode()).isIn("MIN-SALUD", "SALUD-SNS");
            assertThat(project.category().name()).isEqualTo("NEW_DEVELOPMENT");
        });
        assertThat(found).hasSize((int) portfolio.projects(new PublicProjectFilter("MIN-SALUD", null,
                org.tablero.project.Category.NEW_DEVELOPMENT, null, null, null, null, null, null, null),
                PublicProjectSort.CODE, true, 0, 100).total());

        PublicProject any = found.getFirst();
        openList(Map.of("q", any.code()));
        assertThat(rows()).extracting(PublicProject::code).containsExactly(any.code());
    }

    @Test
    void a_sort_in_the_address_is_ascending_unless_it_says_desc_as_in_the_api() {
        openList(Map.of("sort", "code"));
        List<String> ascending = rows().stream().map(PublicProject::code).toList();
        assertThat(ascending).hasSizeGreaterThan(2).isSortedAccordingTo(String::compareTo);
        openList(Map.of("sort", "code", "order", "desc"));
        assertThat(rows()).extracting(PublicProject::code).containsExactlyElementsOf(ascending.reversed());
    }

    @Test
    void an_unknown_value_in_a_shared_address_is_ignored_rather_than_failing() {
        openList(Map.of("status", "NOT_A_STATUS", "organisation", "NO-SUCH-ORG", "rating", "9"));
        assertThat(rows()).hasSize((int) portfolio.overview(null).projects());
    }

    @Test
    void an_organisation_page_rolls_up_its_subtree() {
        PublicOrganisation health = portfolio.organisation("MIN-SALUD");
        assertThat(health.subtreeProjects()).isGreaterThan(health.projects());

        navigate("public/organisations/MIN-SALUD", PublicOrganisationView.class);

        assertThat(tile("tile-projects")).isEqualTo(String.valueOf(health.subtreeProjects()));
        assertThat(find(Chart.class).all()).isNotEmpty();
    }

    @Test
    void a_project_page_says_what_is_withheld_and_why_and_never_shows_the_value() {
        Project project = submittedWithSecrets(fixtures.user("officer"));

        navigate("public/projects/" + project.code(), PublicProjectView.class);
        String page = getCurrentView().getElement().getOuterHTML();

        assertThat(page).contains(project.title())
                .contains("Withheld: " + LEGAL_GROUND)
                .contains("Withheld: cybersecurity risk details are not published")
                .contains("Cybersecurity risks by residual level: 1 High")
                .doesNotContain(SECRET_SUMMARY).doesNotContain(SECRET_RISK).doesNotContain(SECRET_MITIGATION)
                .doesNotContain("Lucía Fernández").doesNotContain("officer@");
    }

    @Test
    void drafts_and_unknown_codes_are_not_found() {
        TableroUser officer = fixtures.user("officer");
        Project draft = fixtures.as(officer, () -> projects.create(Fixtures.project(organisationOf(officer))));

        navigate("public/projects/" + draft.code(), PublicNotFoundView.class);
        assertThat(getCurrentView().getElement().getOuterHTML()).contains("Not found").doesNotContain(draft.title());
        navigate("public/projects/NO-SUCH-CODE", PublicNotFoundView.class);
        navigate("public/organisations/NO-SUCH-ORG", PublicNotFoundView.class);
    }

    private Project submittedWithSecrets(TableroUser officer) {
        Organisation organisation = organisationOf(officer);
        Project draft = fixtures.as(officer, () -> projects.create(withSummary(Fixtures.project(organisation))));
        fixtures.completeAssessments(officer, draft.id());
        fixtures.as(officer, () -> risks.add(draft.id(), new RiskInput(RiskCategory.CYBERSECURITY, SECRET_RISK, 4,
                4, SECRET_MITIGATION, 3, 4, "Lucía Fernández", RiskStatus.OPEN)));
        Project submitted = fixtures.as(officer, () -> approvals.submit(draft.id()));
        fixtures.as(fixtures.user("authority"), () -> confidential.mark(draft.id(),
                ConfidentialField.PROJECT_SUMMARY, 0, LEGAL_GROUND));
        return submitted;
    }

    private Organisation organisationOf(TableroUser user) {
        return fixtures.as(user, () -> organisations.visibleToCurrentUser().getFirst());
    }

    private static org.tablero.project.ProjectInput withSummary(org.tablero.project.ProjectInput input) {
        return new org.tablero.project.ProjectInput(input.code(), input.title(), SECRET_SUMMARY,
                input.organisationId(), input.category(), input.policyArea(), input.deliveryApproach(),
                input.iterationWeeks(), input.usesAi(), input.aiDecidesAboutPeople(), input.fundingSource(),
                input.plannedStart(), input.plannedEnd(), input.infrastructure(), input.costs());
    }

    private String tile(String className) {
        return find(Span.class).withClassName("tile-value").all().stream()
                .filter(value -> value.getParent().orElseThrow().hasClassName(className)).findFirst()
                .map(Span::getText).orElseThrow();
    }

    private ChartCard card(String title) {
        return find(ChartCard.class).all().stream().filter(card -> card.chart().title().equals(title)).findFirst()
                .orElseThrow();
    }

    /** Each row of the card's table as its cells' texts joined by spaces. */
    private static List<String> rows(ChartCard card) {
        return card.table().getChildren().flatMap(part -> part.getChildren())
                .filter(NativeTableRow.class::isInstance)
                .map(row -> row.getChildren().map(cell -> cell.getElement().getTextRecursively().strip())
                        .collect(Collectors.joining(" "))).toList();
    }

    private void openList(Map<String, String> parameters) {
        UI.getCurrent().navigate("public/projects", QueryParameters.simple(parameters));
        assertThat(getCurrentView()).isInstanceOf(PublicProjectsView.class);
    }

    @SuppressWarnings("unchecked")
    private List<PublicProject> rows() {
        Grid<PublicProject> grid = find(Grid.class).single();
        var tester = test(grid);
        List<PublicProject> rows = new ArrayList<>();
        for (int i = 0; i < tester.size(); i++) {
            rows.add(tester.getRow(i));
        }
        return rows;
    }
}
