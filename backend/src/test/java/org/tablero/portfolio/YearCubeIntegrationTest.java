package org.tablero.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tablero.db.Tables.COST_YEAR_CUBE;
import static org.tablero.db.Tables.PROJECT;
import static org.tablero.db.Tables.PROJECT_COST_YEAR;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tablero.identity.Role;
import org.tablero.identity.TableroUser;
import org.tablero.organisation.Organisation;
import org.tablero.project.Category;
import org.tablero.project.CostYears;
import org.tablero.project.FundingSource;
import org.tablero.project.Project;
import org.tablero.project.ProjectInput;
import org.tablero.project.ProjectService;
import org.tablero.project.Tier;
import org.tablero.project.YearlyCost;
import org.tablero.support.DatabaseTest;
import org.tablero.support.Fixtures;

/**
 * What the portfolio's breakdown by fiscal year reads instead of the yearly costs (V19's cube, and V16's years on
 * each project row): it stays what the yearly costs say through a project's creation and a change of its years,
 * costs and classification, and a breakdown read from it is the one summed from the filtered projects' costs.
 */
@DatabaseTest
class YearCubeIntegrationTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    ProjectService projects;

    @Autowired
    PortfolioService portfolioService;

    @Autowired
    PortfolioRepository portfolio;

    @Autowired
    DSLContext db;

    @Test
    void the_cube_and_the_project_years_follow_a_project_whose_years_costs_and_category_change() {
        Organisation ministry = fixtures.organisation(null);
        TableroUser officer = fixtures.officerOf(ministry);
        Project created = fixtures.as(officer, () -> projects.create(Fixtures.project(ministry)));
        assertCubeIsTheYearlyCosts();

        ProjectInput input = Fixtures.project(ministry);
        ProjectInput moved = new ProjectInput(created.code(), input.title(), input.summary(), input.organisationId(),
                Category.MODERNISATION, input.policyArea(), input.deliveryApproach(), input.iterationWeeks(),
                input.usesAi(), input.aiDecidesAboutPeople(), FundingSource.MULTILATERAL_LOAN, LocalDate.of(2027, 1, 1),
                LocalDate.of(2029, 12, 31), input.infrastructure(), List.of(
                        new YearlyCost(2027, new BigDecimal("70000.00"), new BigDecimal("1.25")),
                        new YearlyCost(2029, new BigDecimal("5.00"), new BigDecimal("0.00"))));
        fixtures.as(officer, () -> projects.update(created.id(), created.version(), moved));

        assertCubeIsTheYearlyCosts();
        long years = db.select(PROJECT.COST_YEARS).from(PROJECT).where(PROJECT.ID.eq(created.id()))
                .fetchOne(r -> r.value1());
        assertThat(years).isEqualTo(CostYears.bit(2027) | CostYears.bit(2029));
    }

    @Test
    void a_breakdown_read_from_the_cube_is_the_one_summed_from_the_filtered_projects() {
        Organisation ministry = fixtures.organisation(null);
        TableroUser officer = fixtures.officerOf(ministry);
        fixtures.as(officer, () -> projects.create(Fixtures.project(ministry)));
        TableroUser budget = fixtures.nationalUser(Role.BUDGET_OFFICE);
        int year = Year.now().getValue();
        for (PortfolioFilter filter : List.of(PortfolioFilter.none(), PortfolioFilter.none().withFiscalYear(2027),
                PortfolioFilter.none().withFiscalYear(year).withCategory(Category.NEW_DEVELOPMENT),
                PortfolioFilter.none().withTier(Tier.OPERATIONAL).withFundingSource(FundingSource.NATIONAL_BUDGET),
                PortfolioFilter.none().withFiscalYear(1999))) {
            PortfolioService.Query query = fixtures.as(budget, () -> portfolioService.query(filter));
            assertThat(query.yearCubeFilter()).as("the cube serves %s", filter).isNotNull();
            assertThat(portfolio.byFiscalYear(query.where(), query.yearCubeFilter())).as(filter.toString())
                    .isEqualTo(portfolio.byFiscalYear(query.where(), null));
        }
        PortfolioService.Query byOrganisation = fixtures.as(budget,
                () -> portfolioService.query(PortfolioFilter.none().withOrganisation(ministry.id())));
        assertThat(byOrganisation.yearCubeFilter()).as("an organisation is not one of the cube's dimensions").isNull();
    }

    /** The cube, cell by cell, as summed from every project's yearly costs and classification. */
    private void assertCubeIsTheYearlyCosts() {
        var active = PROJECT_COST_YEAR.as("active");
        var kept = db.select(COST_YEAR_CUBE.ACTIVE_YEAR, COST_YEAR_CUBE.FISCAL_YEAR, COST_YEAR_CUBE.CATEGORY,
                        COST_YEAR_CUBE.TIER, COST_YEAR_CUBE.FUNDING_SOURCE, COST_YEAR_CUBE.PROJECTS,
                        COST_YEAR_CUBE.CAPITAL_COST, COST_YEAR_CUBE.OPERATING_COST)
                .from(COST_YEAR_CUBE).where(COST_YEAR_CUBE.PROJECTS.gt(0))
                .orderBy(COST_YEAR_CUBE.ACTIVE_YEAR, COST_YEAR_CUBE.FISCAL_YEAR, COST_YEAR_CUBE.CATEGORY,
                        COST_YEAR_CUBE.TIER, COST_YEAR_CUBE.FUNDING_SOURCE)
                .fetch(r -> List.of(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7().stripTrailingZeros(), r.value8().stripTrailingZeros()));
        var summed = db.select(active.FISCAL_YEAR, PROJECT_COST_YEAR.FISCAL_YEAR, PROJECT.CATEGORY, PROJECT.TIER,
                        PROJECT.FUNDING_SOURCE, DSL.count(), DSL.sum(PROJECT_COST_YEAR.CAPITAL_COST),
                        DSL.sum(PROJECT_COST_YEAR.OPERATING_COST))
                .from(active)
                .join(PROJECT_COST_YEAR).on(PROJECT_COST_YEAR.PROJECT_ID.eq(active.PROJECT_ID))
                .join(PROJECT).on(PROJECT.ID.eq(active.PROJECT_ID))
                .groupBy(active.FISCAL_YEAR, PROJECT_COST_YEAR.FISCAL_YEAR, PROJECT.CATEGORY, PROJECT.TIER,
                        PROJECT.FUNDING_SOURCE)
                .orderBy(active.FISCAL_YEAR, PROJECT_COST_YEAR.FISCAL_YEAR, PROJECT.CATEGORY, PROJECT.TIER,
                        PROJECT.FUNDING_SOURCE)
                .fetch(r -> List.of(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7().stripTrailingZeros(), r.value8().stripTrailingZeros()));
        assertThat(kept).isNotEmpty().isEqualTo(summed);
    }
}
