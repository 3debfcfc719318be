package org.tablero.portfolio;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;
import static org.tablero.db.Tables.COST_YEAR_CUBE;
import static org.tablero.db.Tables.ORGANISATION;
import static org.tablero.db.Tables.PROJECT;
import static org.tablero.db.Tables.PROJECT_COST_YEAR;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.SQLDialect;
import org.jooq.SelectField;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.tablero.monitoring.VarianceColour;
import org.tablero.organisation.OrganisationLevel;
import org.tablero.organisation.OrganisationTree;
import org.tablero.project.Category;
import org.tablero.project.CostYears;
import org.tablero.project.FundingSource;
import org.tablero.project.ProjectStatus;
import org.tablero.project.Tier;

/**
 * The portfolio's queries. Every aggregate reads the project table alone (its current-figure columns, never the
 * reports) and the organisation of a project is mapped to its level and place in the tree in Java: a join with
 * the organisation table doubles the time of an aggregate over 100,000 projects (architecture.md).
 */
@Repository
class PortfolioRepository {

    private static final Field<Integer> ONE = DSL.inline(1);
    private static final List<String> ACTIVE = List.of(ProjectStatus.IN_EXECUTION.name(),
            ProjectStatus.ON_HOLD.name());
    private static final List<String> WARNING_COLOURS = List.of(VarianceColour.YELLOW.name(),
            VarianceColour.RED.name());
    /** Rows the driver fetches at a time when a result is streamed (MariaDB Connector/J). */
    private static final int STREAM_FETCH_SIZE = 500;

    private final DSLContext db;
    private final OrganisationTree tree;

    PortfolioRepository(DSLContext db, OrganisationTree tree) {
        this.db = db;
        this.tree = tree;
    }

    /** What tells whether the organisation tree changed; the tree itself is kept in memory. */
    ResultQuery<? extends Record> organisationsQuery() {
        return tree.stampQuery();
    }

    /** Every organisation, parents before children. */
    List<OrganisationTree.Node> organisations() {
        return tree.get().nodes();
    }

    // ------------------------------------------------------------------ conditions

    /** The projects of a filter within a scope. */
    static Condition where(PortfolioScope scope, PortfolioFilter filter, LocalDate staleBefore) {
        Condition condition = scope.isEverything() ? DSL.noCondition()
                : scope.selected().isEmpty() ? DSL.falseCondition()
                : PROJECT.ORGANISATION_ID.in(scope.selected());
        if (filter.category() != null) {
            condition = condition.and(PROJECT.CATEGORY.eq(filter.category().name()));
        }
        if (filter.tier() != null) {
            condition = condition.and(PROJECT.TIER.eq(filter.tier().name()));
        }
        if (filter.status() != null) {
            condition = condition.and(PROJECT.STATUS.eq(filter.status().name()));
        }
        if (filter.fundingSource() != null) {
            condition = condition.and(PROJECT.FUNDING_SOURCE.eq(filter.fundingSource().name()));
        }
        if (filter.costColour() != null) {
            condition = condition.and(PROJECT.COST_COLOUR.eq(filter.costColour().name()));
        }
        if (filter.scheduleColour() != null) {
            condition = condition.and(PROJECT.SCHEDULE_COLOUR.eq(filter.scheduleColour().name()));
        }
        if (filter.rating() != null) {
            condition = condition.and(PROJECT.RATING.eq(filter.rating()));
        }
        if (filter.staleOnly()) {
            condition = condition.and(stale(staleBefore));
        }
        if (filter.fiscalYear() != null) {
            condition = condition.and(withCostIn(filter.fiscalYear()));
        }
        return condition;
    }

    /** The projects with an estimated cost in the fiscal year: a bit of their own row where the year has one. */
    private static Condition withCostIn(int fiscalYear) {
        return CostYears.representable(fiscalYear)
                ? PROJECT.COST_YEARS.bitAnd(CostYears.bit(fiscalYear)).ne(0L)
                : PROJECT.ID.in(select(PROJECT_COST_YEAR.PROJECT_ID).from(PROJECT_COST_YEAR)
                        .where(PROJECT_COST_YEAR.FISCAL_YEAR.eq(fiscalYear)));
    }

    static Condition stale(LocalDate staleBefore) {
        return PROJECT.STATUS.eq(ProjectStatus.IN_EXECUTION.name())
                .and(DSL.coalesce(PROJECT.LAST_REPORT_DATE, PROJECT.EXECUTION_STARTED).lt(staleBefore));
    }

    static Condition overBudget() {
        return PROJECT.COST_VARIANCE_PCT.lt(BigDecimal.ZERO).and(PROJECT.COST_COLOUR.in(WARNING_COLOURS));
    }

    static Condition late() {
        return PROJECT.SCHEDULE_VARIANCE_DAYS.lt(0).and(PROJECT.SCHEDULE_COLOUR.in(WARNING_COLOURS));
    }

    static Condition atRisk() {
        return PROJECT.STATUS.in(ACTIVE).and(PROJECT.RATING.le(2)
                .or(PROJECT.COST_COLOUR.eq(VarianceColour.RED.name()))
                .or(PROJECT.SCHEDULE_COLOUR.eq(VarianceColour.RED.name())));
    }

    static Condition of(PortfolioList list, LocalDate staleBefore) {
        return switch (list) {
            case ALL -> DSL.noCondition();
            case AT_RISK -> atRisk();
            case STALE -> stale(staleBefore);
            case OVER_BUDGET -> overBudget();
            case LATE -> late();
        };
    }

    // ------------------------------------------------------------------ aggregates

    /** One row per combination of the low-cardinality dimensions, with its count and investment. */
    record CubeRow(Category category, ProjectStatus status, Tier tier, FundingSource fundingSource,
            VarianceColour costColour, VarianceColour scheduleColour, Integer rating, int projects,
            BigDecimal investment) {}

    ResultQuery<? extends Record> cubeQuery(Condition where) {
        // in the order of ix_project_portfolio_cube (V14), so that the rows are grouped as the index is read
        List<Field<?>> dimensions = List.of(PROJECT.STATUS, PROJECT.CATEGORY, PROJECT.TIER, PROJECT.FUNDING_SOURCE,
                PROJECT.COST_COLOUR, PROJECT.SCHEDULE_COLOUR, PROJECT.RATING);
        List<SelectField<?>> fields = new ArrayList<>(dimensions);
        fields.add(count());
        fields.add(sum(PROJECT.LIFECYCLE_COST));
        return db.select(fields).from(PROJECT).where(where).groupBy(dimensions);
    }

    List<CubeRow> cube(Condition where) {
        return cubeQuery(where).fetch(r -> new CubeRow(Category.valueOf(r.get(PROJECT.CATEGORY)),
                ProjectStatus.valueOf(r.get(PROJECT.STATUS)), Tier.valueOf(r.get(PROJECT.TIER)),
                FundingSource.valueOf(r.get(PROJECT.FUNDING_SOURCE)), colour(r.get(PROJECT.COST_COLOUR)),
                colour(r.get(PROJECT.SCHEDULE_COLOUR)), r.get(PROJECT.RATING), r.get(7, Integer.class),
                r.get(8, BigDecimal.class)));
    }

    /** An organisation's own projects of the filter. */
    record OrganisationRow(long organisationId, Figures figures) {}

    ResultQuery<? extends Record> byOrganisationQuery(Condition where, LocalDate staleBefore) {
        return db.select(PROJECT.ORGANISATION_ID, count(), sum(PROJECT.LIFECYCLE_COST),
                        countIf(PROJECT.STATUS.eq(ProjectStatus.IN_EXECUTION.name())), count(PROJECT.COST_COLOUR),
                        countIf(overBudget()), count(PROJECT.SCHEDULE_COLOUR), countIf(late()),
                        countIf(stale(staleBefore)), countIf(atRisk()))
                .from(PROJECT)
                .where(where)
                .groupBy(PROJECT.ORGANISATION_ID);
    }

    List<OrganisationRow> byOrganisation(Condition where, LocalDate staleBefore) {
        return byOrganisationQuery(where, staleBefore).fetch(r -> new OrganisationRow(r.get(0, Long.class),
                Figures.of(r.get(1, Integer.class), r.get(2, BigDecimal.class), r.get(3, Integer.class),
                        r.get(4, Integer.class), r.get(5, Integer.class), r.get(6, Integer.class),
                        r.get(7, Integer.class), r.get(8, Integer.class), r.get(9, Integer.class))));
    }

    /**
     * Each fiscal year's estimated cost of the filter's projects. When the whole portfolio is filtered by no more
     * than the cube's dimensions ({@code cubeFilter}: category, tier, funding source, a fiscal year), it is read from
     * {@code cost_year_cube} (V19, kept by ProjectRepository): a fiscal year's projects are its active year, no
     * fiscal year its diagonal. Otherwise it sums the yearly costs of the filtered projects, a semi-join.
     */
    ResultQuery<? extends Record> byFiscalYearQuery(Condition where, @Nullable PortfolioFilter cubeFilter) {
        if (cubeFilter != null) {
            Condition cells = cubeFilter.fiscalYear() == null ? COST_YEAR_CUBE.ACTIVE_YEAR.eq(COST_YEAR_CUBE.FISCAL_YEAR)
                    : COST_YEAR_CUBE.ACTIVE_YEAR.eq(cubeFilter.fiscalYear());
            cells = cells.and(equal(COST_YEAR_CUBE.CATEGORY, cubeFilter.category()))
                    .and(equal(COST_YEAR_CUBE.TIER, cubeFilter.tier()))
                    .and(equal(COST_YEAR_CUBE.FUNDING_SOURCE, cubeFilter.fundingSource()));
            return db.select(COST_YEAR_CUBE.FISCAL_YEAR, sum(COST_YEAR_CUBE.PROJECTS),
                            sum(COST_YEAR_CUBE.CAPITAL_COST), sum(COST_YEAR_CUBE.OPERATING_COST))
                    .from(COST_YEAR_CUBE)
                    .where(cells)
                    .groupBy(COST_YEAR_CUBE.FISCAL_YEAR)
                    .having(sum(COST_YEAR_CUBE.PROJECTS).gt(BigDecimal.ZERO))
                    .orderBy(COST_YEAR_CUBE.FISCAL_YEAR);
        }
        // two sums rather than the sum of a per-row addition: a third less time over 400,000 rows
        return db.select(PROJECT_COST_YEAR.FISCAL_YEAR, count(), sum(PROJECT_COST_YEAR.CAPITAL_COST),
                        sum(PROJECT_COST_YEAR.OPERATING_COST))
                .from(PROJECT_COST_YEAR)
                .where(PROJECT_COST_YEAR.PROJECT_ID.in(select(PROJECT.ID).from(PROJECT).where(where)))
                .groupBy(PROJECT_COST_YEAR.FISCAL_YEAR)
                .orderBy(PROJECT_COST_YEAR.FISCAL_YEAR);
    }

    private static Condition equal(Field<String> column, @Nullable Enum<?> value) {
        return value == null ? DSL.noCondition() : column.eq(value.name());
    }

    List<Slice<Integer>> byFiscalYear(Condition where, @Nullable PortfolioFilter cubeFilter) {
        return byFiscalYearQuery(where, cubeFilter).fetch(r -> new Slice<>(r.get(0, Integer.class),
                r.get(1, Integer.class), r.get(2, BigDecimal.class).add(r.get(3, BigDecimal.class))));
    }

    // ------------------------------------------------------------------ lists

    /**
     * A page of a list. The page's ids are found first (from the narrow rows of an index where the database
     * can), and only those rows are read whole: a deep page then costs a scan of ids, not of whole rows.
     */
    ResultQuery<? extends Record> pageQuery(Condition where, PortfolioList list, LocalDate staleBefore, int offset,
            int limit) {
        List<SortField<?>> order = order(list);
        Table<?> page = db.select(PROJECT.ID).from(PROJECT)
                .where(where).and(of(list, staleBefore))
                .orderBy(order)
                .limit(limit).offset(offset)
                .asTable("page");
        return db.select(columns(staleBefore))
                .from(PROJECT)
                .join(page).on(PROJECT.ID.eq(page.field(PROJECT.ID)))
                .orderBy(order);
    }

    List<PortfolioProject> page(Condition where, PortfolioList list, LocalDate staleBefore, int offset, int limit,
            PortfolioScope scope) {
        return pageQuery(where, list, staleBefore, offset, limit).fetch(r -> toProject(r, scope));
    }

    ResultQuery<? extends Record> countQuery(Condition where, PortfolioList list, LocalDate staleBefore) {
        return db.selectCount().from(PROJECT).where(where).and(of(list, staleBefore));
    }

    int countOf(Condition where, PortfolioList list, LocalDate staleBefore) {
        return countQuery(where, list, staleBefore).fetchOne(0, Integer.class);
    }

    /**
     * Hands every project of the filter, in code order, to the consumer while the rows are still arriving: the
     * driver streams them (MySQL Connector/J only with a fetch size of {@code Integer.MIN_VALUE}, MariaDB
     * Connector/J with any positive one), so memory does not grow with the number of projects.
     */
    void stream(Condition where, LocalDate staleBefore, PortfolioScope scope, Consumer<PortfolioProject> consumer) {
        int fetchSize = db.dialect().family() == SQLDialect.MYSQL ? Integer.MIN_VALUE : STREAM_FETCH_SIZE;
        try (Cursor<Record> rows = db.select(columns(staleBefore)).from(PROJECT).where(where)
                .orderBy(PROJECT.CODE)
                .fetchSize(fetchSize)
                .fetchLazy()) {
            for (Record row : rows) {
                consumer.accept(toProject(row, scope));
            }
        }
    }

    private static List<SortField<?>> order(PortfolioList list) {
        return switch (list) {
            // ties broken in the sort's direction, so that the index on the cost serves the order (0.25 s -> 2 ms)
            case ALL -> List.of(PROJECT.LIFECYCLE_COST.desc(), PROJECT.ID.desc());
            case AT_RISK -> List.of(PROJECT.RATING.asc().nullsLast(), PROJECT.COST_VARIANCE_PCT.asc(),
                    PROJECT.ID.asc());
            case STALE -> List.of(DSL.coalesce(PROJECT.LAST_REPORT_DATE, PROJECT.EXECUTION_STARTED).asc(),
                    PROJECT.ID.asc());
            case OVER_BUDGET -> List.of(PROJECT.COST_VARIANCE_PCT.asc(), PROJECT.ID.asc());
            case LATE -> List.of(PROJECT.SCHEDULE_VARIANCE_DAYS.asc(), PROJECT.ID.asc());
        };
    }

    private static List<SelectField<?>> columns(LocalDate staleBefore) {
        return List.of(PROJECT.ID, PROJECT.CODE, PROJECT.TITLE, PROJECT.ORGANISATION_ID, PROJECT.CATEGORY,
                PROJECT.STATUS, PROJECT.TIER, PROJECT.FUNDING_SOURCE, PROJECT.LIFECYCLE_COST, PROJECT.PLANNED_START,
                PROJECT.PLANNED_END, PROJECT.BASELINE_COST, PROJECT.BASELINE_END, PROJECT.REBASELINES,
                PROJECT.LAST_REPORT_DATE, PROJECT.COST_VARIANCE_PCT, PROJECT.COST_COLOUR,
                PROJECT.SCHEDULE_VARIANCE_DAYS, PROJECT.SCHEDULE_COLOUR, PROJECT.RATING,
                field(stale(staleBefore)).as("stale"));
    }

    private static PortfolioProject toProject(Record r, PortfolioScope scope) {
        long organisationId = r.get(PROJECT.ORGANISATION_ID);
        OrganisationTree.Node organisation = scope.node(organisationId);
        return new PortfolioProject(r.get(PROJECT.ID), r.get(PROJECT.CODE), r.get(PROJECT.TITLE), organisationId,
                organisation.name(), organisation.level(), Category.valueOf(r.get(PROJECT.CATEGORY)),
                ProjectStatus.valueOf(r.get(PROJECT.STATUS)), Tier.valueOf(r.get(PROJECT.TIER)),
                FundingSource.valueOf(r.get(PROJECT.FUNDING_SOURCE)), r.get(PROJECT.LIFECYCLE_COST),
                r.get(PROJECT.PLANNED_START), r.get(PROJECT.PLANNED_END), r.get(PROJECT.BASELINE_COST),
                r.get(PROJECT.BASELINE_END), r.get(PROJECT.REBASELINES), r.get(PROJECT.LAST_REPORT_DATE),
                r.get(PROJECT.COST_VARIANCE_PCT), colour(r.get(PROJECT.COST_COLOUR)),
                r.get(PROJECT.SCHEDULE_VARIANCE_DAYS), colour(r.get(PROJECT.SCHEDULE_COLOUR)),
                r.get(PROJECT.RATING), Boolean.TRUE.equals(r.get("stale", Boolean.class)));
    }

    /** COUNT(CASE WHEN ... THEN 1 END): an integer count, where SUM(CASE ...) would add decimals. */
    private static Field<Integer> countIf(Condition condition) {
        return count(when(condition, ONE));
    }

    private static VarianceColour colour(String name) {
        return name == null ? null : VarianceColour.valueOf(name);
    }
}
