package org.tablero.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.tablero.common.FieldProblem;
import org.tablero.common.InvalidInputException;
import org.tablero.identity.Role;
import org.tablero.identity.TableroUser;
import org.tablero.monitoring.VarianceColour;
import org.tablero.organisation.OrganisationLevel;
import org.tablero.project.Category;
import org.tablero.project.Project;
import org.tablero.project.ProjectStatus;
import org.tablero.support.DatabaseTest;
import org.tablero.support.Fixtures;

@DatabaseTest
class PortfolioServiceIntegrationTest {

    @Autowired
    PortfolioService portfolio;

    @Autowired
    PortfolioTestData testData;

    @Autowired
    Fixtures fixtures;

    PortfolioTestData.Portfolio known;
    TableroUser budget;

    @BeforeEach
    void portfolio() {
        known = testData.create();
        budget = fixtures.userOf(known.top(), Role.BUDGET_OFFICE);
    }

    @Test
    void the_headline_figures_add_up_for_a_known_portfolio() {
        Figures headline = summary(PortfolioFilter.none()).headline();

        assertThat(headline.projects()).isEqualTo(5);
        assertThat(headline.investment()).isEqualByComparingTo("1000002.50");
        assertThat(headline.inExecution()).isEqualTo(3);
        assertThat(headline.withCostVariance()).as("three projects have reported").isEqualTo(3);
        assertThat(headline.overBudget()).as("the yellow +12 % is under budget, not over").isEqualTo(1);
        assertThat(headline.overBudgetPercent()).isEqualByComparingTo("33.33");
        assertThat(headline.late()).isEqualTo(1);
        assertThat(headline.latePercent()).isEqualByComparingTo("33.33");
        assertThat(headline.stale()).as("60 days since the last report, and 50 days without any").isEqualTo(2);
        assertThat(headline.atRisk()).as("a red cost, and a rating of 2").isEqualTo(2);
    }

    @Test
    void breakdowns_and_distributions_count_every_project_once() {
        PortfolioSummary summary = summary(PortfolioFilter.none());

        assertThat(summary.byLevel()).extracting(Slice::key, Slice::projects).containsExactly(
                tuple(OrganisationLevel.CENTRAL, 2), tuple(OrganisationLevel.STATE, 1),
                tuple(OrganisationLevel.MUNICIPAL, 2));
        assertThat(summary.byStatus()).extracting(Slice::key, Slice::projects).containsExactly(
                tuple(ProjectStatus.DRAFT, 1), tuple(ProjectStatus.IN_EXECUTION, 3),
                tuple(ProjectStatus.COMPLETED, 1));
        assertThat(summary.byCategory()).extracting(Slice::key, Slice::projects).containsExactly(
                tuple(Category.NEW_DEVELOPMENT, 4), tuple(Category.MODERNISATION, 1));
        assertThat(summary.byTier()).extracting(Slice::projects).containsExactly(5);
        assertThat(summary.byFundingSource()).extracting(Slice::projects).containsExactly(5);
        assertThat(summary.costColours()).extracting(Slice::key, Slice::projects).containsExactly(
                tuple(VarianceColour.GREEN, 1), tuple(VarianceColour.YELLOW, 1), tuple(VarianceColour.RED, 1),
                tuple(null, 2));
        assertThat(summary.scheduleColours()).extracting(Slice::key, Slice::projects).containsExactly(
                tuple(VarianceColour.GREEN, 2), tuple(VarianceColour.YELLOW, 1), tuple(null, 2));
        assertThat(summary.ratings()).extracting(Slice::key, Slice::projects).containsExactly(
                tuple(2, 1), tuple(4, 1), tuple(5, 1), tuple(null, 2));
        assertThat(summary.byFiscalYear()).extracting(Slice::key, Slice::projects).containsExactly(
                tuple(2026, 5), tuple(2027, 5));
        assertThat(summary.byFiscalYear()).extracting(Slice::investment).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("600000.00"), new BigDecimal("400002.50"));
        assertThat(summary.byLevel().stream().map(Slice::investment).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(summary.headline().investment());
    }

    @Test
    void organisations_roll_up_through_the_tree() {
        List<OrganisationFigures> tree = summary(PortfolioFilter.none()).organisations();

        assertThat(tree).extracting(OrganisationFigures::organisationId, OrganisationFigures::depth,
                figures -> figures.own().projects(), figures -> figures.subtree().projects()).containsExactly(
                tuple(known.top().id(), 0, 0, 5),
                tuple(known.ministry().id(), 1, 2, 2),
                tuple(known.state().id(), 1, 1, 3),
                tuple(known.municipality().id(), 2, 2, 2));
        OrganisationFigures state = tree.get(2);
        assertThat(state.subtree().investment()).isEqualByComparingTo("600001.50");
        assertThat(state.subtree().stale()).isEqualTo(1);
        assertThat(state.own().stale()).isZero();
        assertThat(tree.getFirst().subtree()).isEqualTo(summary(PortfolioFilter.none()).headline());
    }

    @Test
    void a_state_budget_office_sees_only_its_state() {
        TableroUser stateBudget = fixtures.userOf(known.state(), Role.BUDGET_OFFICE);

        PortfolioSummary summary = fixtures.as(stateBudget, () -> portfolio.summary(PortfolioFilter.none()));

        assertThat(summary.headline().projects()).isEqualTo(3);
        assertThat(summary.organisations()).extracting(OrganisationFigures::organisationId)
                .containsExactly(known.state().id(), known.municipality().id());
        assertThat(fixtures.as(stateBudget, () -> portfolio.projects(PortfolioFilter.none(), PortfolioList.ALL, 0,
                100))).extracting(PortfolioProject::id).containsExactlyInAnyOrder(known.completedUnder().id(),
                known.draft().id(), known.neverReported().id());
        assertThatThrownBy(() -> fixtures.as(stateBudget, () -> portfolio.summary(
                PortfolioFilter.none().withOrganisation(known.ministry().id()))))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(FieldProblem::field).containsExactly("organisationId"));
    }

    @Test
    void the_drill_down_lists_exactly_the_projects_behind_a_figure() {
        assertBehind(PortfolioFilter.none().withLevel(OrganisationLevel.MUNICIPAL), known.draft(),
                known.neverReported());
        assertBehind(PortfolioFilter.none().withCostColour(VarianceColour.RED), known.overBudgetAtRisk());
        assertBehind(PortfolioFilter.none().withScheduleColour(VarianceColour.GREEN), known.overBudgetAtRisk(),
                known.completedUnder());
        assertBehind(PortfolioFilter.none().withRating(2), known.lateStale());
        assertBehind(PortfolioFilter.none().withStaleOnly(true), known.lateStale(), known.neverReported());
        assertBehind(PortfolioFilter.none().withOrganisation(known.state().id()), known.completedUnder(),
                known.draft(), known.neverReported());
        assertBehind(PortfolioFilter.none().withCategory(Category.MODERNISATION).withFiscalYear(2027),
                known.completedUnder());
        assertBehind(PortfolioFilter.none().withStatus(ProjectStatus.IN_EXECUTION)
                .withLevel(OrganisationLevel.CENTRAL), known.overBudgetAtRisk(), known.lateStale());
        assertBehind(PortfolioFilter.none().withFiscalYear(2030));
        // a year the project row's bits cannot hold is looked up in the yearly costs
        assertBehind(PortfolioFilter.none().withFiscalYear(1999));
    }

    @Test
    void the_lists_at_risk_stale_over_budget_and_late_follow_their_rules_and_order() {
        assertThat(list(PortfolioList.AT_RISK)).as("lowest rating first")
                .containsExactly(known.lateStale().id(), known.overBudgetAtRisk().id());
        assertThat(list(PortfolioList.STALE)).as("longest silent first")
                .containsExactly(known.lateStale().id(), known.neverReported().id());
        assertThat(list(PortfolioList.OVER_BUDGET)).containsExactly(known.overBudgetAtRisk().id());
        assertThat(list(PortfolioList.LATE)).containsExactly(known.lateStale().id());
        assertThat(fixtures.as(budget, () -> portfolio.count(PortfolioFilter.none(), PortfolioList.AT_RISK)))
                .isEqualTo(2);
    }

    @Test
    void pages_of_a_list_continue_its_order_without_repeating_a_project() {
        List<Long> whole = fixtures.as(budget, () -> portfolio.projects(PortfolioFilter.none(), PortfolioList.ALL,
                0, 100)).stream().map(PortfolioProject::id).toList();
        List<Long> paged = new java.util.ArrayList<>();
        for (int offset = 0; offset < 5; offset += 2) {
            int from = offset;
            fixtures.as(budget, () -> portfolio.projects(PortfolioFilter.none(), PortfolioList.ALL, from, 2))
                    .forEach(project -> paged.add(project.id()));
        }
        assertThat(paged).hasSize(5).isEqualTo(whole);
    }

    @Test
    void a_listed_project_carries_its_current_figures() {
        PortfolioProject row = fixtures.as(budget, () -> portfolio.projects(
                PortfolioFilter.none().withCostColour(VarianceColour.RED), PortfolioList.ALL, 0, 10)).getFirst();

        assertThat(row.code()).isEqualTo(known.overBudgetAtRisk().code());
        assertThat(row.organisationName()).isEqualTo(known.ministry().name());
        assertThat(row.organisationLevel()).isEqualTo(OrganisationLevel.CENTRAL);
        assertThat(row.costVariancePercent()).isEqualByComparingTo("-35.00");
        assertThat(row.rating()).isEqualTo(4);
        assertThat(row.stale()).isFalse();
    }

    @Test
    void an_agency_officer_is_refused_every_part_of_the_portfolio() {
        TableroUser officer = fixtures.officerOf(known.top());

        assertThatThrownBy(() -> fixtures.as(officer, () -> portfolio.summary(PortfolioFilter.none())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as(officer, () -> portfolio.projects(PortfolioFilter.none(),
                PortfolioList.ALL, 0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as(officer, () -> portfolio.count(PortfolioFilter.none(),
                PortfolioList.STALE))).isInstanceOf(AccessDeniedException.class);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> fixtures.as(officer, () -> {
            portfolio.exportCsv(PortfolioFilter.none(), Locale.ENGLISH, out);
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThat(out.size()).as("nothing written").isZero();
    }

    @Test
    void a_rating_outside_one_to_five_is_refused_with_its_field() {
        assertThatThrownBy(() -> summary(PortfolioFilter.none().withRating(6)))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(FieldProblem::field, FieldProblem::messageKey)
                        .containsExactly(tuple("rating", "portfolio.rating-range")));
    }

    private PortfolioSummary summary(PortfolioFilter filter) {
        return fixtures.as(budget, () -> portfolio.summary(filter));
    }

    private List<Long> list(PortfolioList list) {
        return fixtures.as(budget, () -> portfolio.projects(PortfolioFilter.none(), list, 0, 100)).stream()
                .map(PortfolioProject::id).toList();
    }

    /** The figure (the summary's headline count under the filter), its count and its list agree with the projects. */
    private void assertBehind(PortfolioFilter filter, Project... expected) {
        Function<Project, Long> id = Project::id;
        List<Long> ids = List.of(expected).stream().map(id).toList();
        assertThat(fixtures.as(budget, () -> portfolio.projects(filter, PortfolioList.ALL, 0, 100)))
                .as("projects behind %s", filter).extracting(PortfolioProject::id)
                .containsExactlyInAnyOrderElementsOf(ids);
        assertThat(fixtures.as(budget, () -> portfolio.count(filter, PortfolioList.ALL))).isEqualTo(expected.length);
        assertThat(summary(filter).headline().projects()).isEqualTo(expected.length);
    }
}
