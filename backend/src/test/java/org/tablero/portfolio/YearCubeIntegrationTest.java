package org.tablero.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tablero.db.Tables.COST_YEAR_TOTAL;
import static org.tablero.db.Tables.PROJECT;
import static org.tablero.db.Tables.PROJECT_COST_YEAR;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tablero.identity.TableroUser;
import org.tablero.organisation.Organisation;
import org.tablero.project.CostYears;
import org.tablero.project.Project;
import org.tablero.project.ProjectInput;
import org.tablero.project.ProjectService;
import org.tablero.project.YearlyCost;
import org.tablero.support.DatabaseTest;
import org.tablero.support.Fixtures;

/**
 * What the national portfolio's fiscal-year breakdown and fiscal-year drill-down read instead of the yearly costs
 * (V16): the totals per year and the years on each project row stay what the yearly costs say, through creation
 * and a change of the years.
 */
@DatabaseTest
class YearTotalsIntegrationTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    ProjectService projects;

    @Autowired
    PortfolioRepository portfolio;

    @Autowired
    DSLContext db;

    @Test
    void the_totals_and_the_project_years_follow_a_project_whose_years_change() {
        Organisation ministry = fixtures.organisation(null);
        TableroUser officer = fixtures.officerOf(ministry);
        Project created = fixtures.as(officer, () -> projects.create(Fixtures.project(ministry)));
        assertTotalsAreTheYearlyCosts();

        ProjectInput input = Fixtures.project(ministry);
        ProjectInput moved = new ProjectInput(created.code(), input.title(), input.summary(), input.organisationId(),
                input.category(), input.policyArea(), input.deliveryApproach(), input.iterationWeeks(),
                input.usesAi(), input.aiDecidesAboutPeople(), input.fundingSource(), LocalDate.of(2027, 1, 1),
                LocalDate.of(2029, 12, 31), input.infrastructure(), List.of(
                        new YearlyCost(2027, new BigDecimal("70000.00"), new BigDecimal("1.25")),
                        new YearlyCost(2029, new BigDecimal("5.00"), new BigDecimal("0.00"))));
        fixtures.as(officer, () -> projects.update(created.id(), created.version(), moved));

        assertTotalsAreTheYearlyCosts();
        long years = db.select(PROJECT.COST_YEARS).from(PROJECT).where(PROJECT.ID.eq(created.id()))
                .fetchOne(r -> r.value1());
        assertThat(years).isEqualTo(CostYears.bit(2027) | CostYears.bit(2029));
    }

    private void assertTotalsAreTheYearlyCosts() {
        var kept = db.select(COST_YEAR_TOTAL.FISCAL_YEAR, COST_YEAR_TOTAL.PROJECTS, COST_YEAR_TOTAL.CAPITAL_COST,
                        COST_YEAR_TOTAL.OPERATING_COST)
                .from(COST_YEAR_TOTAL).where(COST_YEAR_TOTAL.PROJECTS.gt(0)).orderBy(COST_YEAR_TOTAL.FISCAL_YEAR)
                .fetch(r -> List.of(r.value1(), r.value2(), r.value3().stripTrailingZeros(),
                        r.value4().stripTrailingZeros()));
        var summed = db.select(PROJECT_COST_YEAR.FISCAL_YEAR, DSL.count(), DSL.sum(PROJECT_COST_YEAR.CAPITAL_COST),
                        DSL.sum(PROJECT_COST_YEAR.OPERATING_COST))
                .from(PROJECT_COST_YEAR).groupBy(PROJECT_COST_YEAR.FISCAL_YEAR).orderBy(PROJECT_COST_YEAR.FISCAL_YEAR)
                .fetch(r -> List.of(r.value1(), r.value2(), r.value3().stripTrailingZeros(),
                        r.value4().stripTrailingZeros()));
        assertThat(kept).isNotEmpty().isEqualTo(summed);
        // the portfolio's breakdown of everything, from the totals, is the breakdown summed from the yearly costs
        assertThat(portfolio.byFiscalYear(DSL.noCondition(), true))
                .isEqualTo(portfolio.byFiscalYear(DSL.noCondition(), false));
    }
}
