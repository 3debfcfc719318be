package org.tablero.portfolio.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tablero.db.Tables.BASELINE;
import static org.tablero.db.Tables.ORGANISATION;
import static org.tablero.db.Tables.PROGRESS_REPORT;
import static org.tablero.db.Tables.PROJECT;
import static org.tablero.db.Tables.PROJECT_COST_YEAR;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tablero.monitoring.MonitoringProperties;
import org.tablero.monitoring.Variance;
import org.tablero.organisation.Organisation;
import org.tablero.project.ProjectService;
import org.tablero.project.ProjectStatus;
import org.tablero.support.DatabaseTest;
import org.tablero.support.Fixtures;

/**
 * A small portfolio generated into the shared test database, below an organisation of its own so that no other
 * test sees it in its subtree.
 */
@DatabaseTest
class PortfolioGeneratorIntegrationTest {

    @Autowired
    PortfolioGenerator generator;

    @Autowired
    Fixtures fixtures;

    @Autowired
    DSLContext db;

    @Autowired
    MonitoringProperties monitoring;

    @Autowired
    ProjectService projects;

    @Test
    void a_small_portfolio_has_the_counts_asked_for_and_current_figures_from_each_latest_report() {
        Organisation parent = fixtures.organisation(null);

        PortfolioGenerator.Result result = generator.generate(new GeneratorSettings(20, 200, 2000, true,
                parent.code(), "generated-password", 7, LocalDate.now()), message -> { });

        var inTree = ORGANISATION.PATH.startsWith(parent.path()).and(ORGANISATION.ID.ne(parent.id()));
        var projectsInTree = PROJECT.ORGANISATION_ID.in(DSL.select(ORGANISATION.ID).from(ORGANISATION).where(inTree));
        assertThat(result.organisations()).isEqualTo(20);
        assertThat(db.fetchCount(ORGANISATION, inTree)).isEqualTo(20);
        assertThat(db.fetchCount(PROJECT, projectsInTree)).isEqualTo(200);
        assertThat(db.fetchCount(PROGRESS_REPORT, PROGRESS_REPORT.PROJECT_ID.in(
                DSL.select(PROJECT.ID).from(PROJECT).where(projectsInTree)))).isEqualTo(2000);
        assertThat(db.selectDistinct(PROJECT.STATUS).from(PROJECT).where(projectsInTree).fetch(PROJECT.STATUS))
                .contains(ProjectStatus.IN_EXECUTION.name(), ProjectStatus.COMPLETED.name(),
                        ProjectStatus.DRAFT.name());

        // the yearly costs add up to each project's lifecycle cost
        assertThat(db.fetchCount(db.select(PROJECT.ID).from(PROJECT)
                .join(PROJECT_COST_YEAR).on(PROJECT_COST_YEAR.PROJECT_ID.eq(PROJECT.ID))
                .where(projectsInTree)
                .groupBy(PROJECT.ID, PROJECT.LIFECYCLE_COST)
                .having(DSL.sum(PROJECT_COST_YEAR.CAPITAL_COST.plus(PROJECT_COST_YEAR.OPERATING_COST))
                        .ne(PROJECT.LIFECYCLE_COST)))).isZero();

        // every project in execution that has reported carries the figures of its latest report
        var latest = PROGRESS_REPORT.as("latest");
        var reporting = db.select(PROJECT.ID, PROJECT.LAST_REPORT_DATE, PROJECT.COST_VARIANCE_PCT, PROJECT.COST_COLOUR,
                        PROJECT.SCHEDULE_VARIANCE_DAYS, PROJECT.SCHEDULE_COLOUR, latest.REPORT_DATE,
                        latest.COST_VARIANCE_PCT, latest.COST_COLOUR, latest.SCHEDULE_VARIANCE_DAYS,
                        latest.SCHEDULE_COLOUR, PROJECT.LAST_REPORT_ID, latest.ID)
                .from(PROJECT)
                .join(latest).on(latest.PROJECT_ID.eq(PROJECT.ID))
                .where(projectsInTree).and(PROJECT.STATUS.eq(ProjectStatus.IN_EXECUTION.name()))
                .and(latest.PERIOD.eq(DSL.select(DSL.max(PROGRESS_REPORT.PERIOD)).from(PROGRESS_REPORT)
                        .where(PROGRESS_REPORT.PROJECT_ID.eq(PROJECT.ID))))
                .fetch();
        assertThat(reporting).isNotEmpty();
        for (var row : reporting) {
            assertThat(row.value2()).isEqualTo(row.value7());
            assertThat(row.value3()).isEqualByComparingTo(row.value8());
            assertThat(row.value4()).isEqualTo(row.value9());
            assertThat(row.value5()).isEqualTo(row.value10());
            assertThat(row.value6()).isEqualTo(row.value11());
            assertThat(row.value12()).isEqualTo(row.value13());
        }
    }

    @Test
    void every_report_carries_the_variance_of_the_baseline_it_names() {
        Organisation parent = fixtures.organisation(null);
        generator.generate(new GeneratorSettings(5, 40, 500, true, parent.code(), "generated-password", 11,
                LocalDate.now()), message -> { });

        var reports = db.select(BASELINE.COST, BASELINE.START_DATE, BASELINE.END_DATE, PROGRESS_REPORT.PROJECTED_COST,
                        PROGRESS_REPORT.PROJECTED_END, PROGRESS_REPORT.ACTUAL_END, PROGRESS_REPORT.REPORT_DATE,
                        PROGRESS_REPORT.COST_VARIANCE, PROGRESS_REPORT.SCHEDULE_VARIANCE_DAYS)
                .from(PROGRESS_REPORT)
                .join(BASELINE).on(BASELINE.ID.eq(PROGRESS_REPORT.BASELINE_ID))
                .join(PROJECT).on(PROJECT.ID.eq(PROGRESS_REPORT.PROJECT_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(PROJECT.ORGANISATION_ID))
                .where(ORGANISATION.PATH.startsWith(parent.path()))
                .fetch();
        assertThat(reports).hasSize(500);
        List<String> wrong = new ArrayList<>();
        for (var r : reports) {
            BigDecimal cost = Variance.cost(r.value1(), r.value4(), monitoring.thresholds()).amount();
            long days = Variance.schedule(r.value2(), r.value3(), r.value6(), r.value5(), r.value7(),
                    monitoring.thresholds()).days();
            if (cost.compareTo(r.value8()) != 0 || days != r.value9()) {
                wrong.add(r.toString());
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void a_database_with_projects_is_refused_without_append_and_nothing_is_written() {
        Organisation parent = fixtures.organisation(null);
        fixtures.as(fixtures.officerOf(parent), () -> projects.create(Fixtures.project(parent)));
        int organisations = db.fetchCount(ORGANISATION);

        assertThatThrownBy(() -> generator.generate(new GeneratorSettings(5, 10, 10, false, parent.code(),
                "generated-password", 1, LocalDate.now()), message -> { }))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("append");
        assertThat(db.fetchCount(ORGANISATION)).isEqualTo(organisations);
    }
}
