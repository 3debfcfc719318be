package org.tablero.project;

import static org.tablero.db.Tables.ORGANISATION;
import static org.tablero.db.Tables.PROJECT;
import static org.tablero.db.Tables.PROJECT_COST_YEAR;
import static org.tablero.db.Tables.PROJECT_INFRASTRUCTURE;
import static org.tablero.db.Tables.PROJECT_OWNER;

import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.tablero.organisation.OrganisationLevel;

@Repository
class ProjectRepository {

    private final DSLContext db;
    private final CostYearCube costYearCube;

    ProjectRepository(DSLContext db, CostYearCube costYearCube) {
        this.db = db;
        this.costYearCube = costYearCube;
    }

    List<ProjectSummary> page(Condition where, ProjectSort sort, boolean ascending, int offset, int limit) {
        Field<?> sortField = switch (sort) {
            case CODE -> PROJECT.CODE;
            case TITLE -> PROJECT.TITLE;
            case ORGANISATION -> ORGANISATION.NAME;
            case STATUS -> PROJECT.STATUS;
            case LIFECYCLE_COST -> PROJECT.LIFECYCLE_COST;
            case PLANNED_START -> PROJECT.PLANNED_START;
            case PLANNED_END -> PROJECT.PLANNED_END;
            case LAST_CHANGED -> PROJECT.UPDATED_AT;
        };
        SortField<?> sorted = ascending ? sortField.asc() : sortField.desc();
        // The id makes the order total, so that paging never repeats or skips a row; a code is unique already,
        // and without the id the code's index serves the order alone (the last national page: 0.16 s -> 0.02 s).
        List<SortField<?>> order = sort == ProjectSort.CODE ? List.of(sorted) : List.of(sorted, PROJECT.ID.asc());
        // The page's ids first, from the narrow rows of an index (V14), and only then those rows whole: a deep page
        // of 100,000 projects then sorts ids instead of whole rows (4 s -> 0.2 s, docs/performance.md).
        Table<?> projects = sort == ProjectSort.ORGANISATION
                ? PROJECT.join(ORGANISATION).on(ORGANISATION.ID.eq(PROJECT.ORGANISATION_ID)) : PROJECT;
        Table<?> page = db.select(PROJECT.ID).from(projects)
                .where(where)
                .orderBy(order)
                .offset(offset).limit(limit)
                .asTable("page");
        return db.select(PROJECT.ID, PROJECT.CODE, PROJECT.TITLE, ORGANISATION.NAME, ORGANISATION.LEVEL,
                        PROJECT.CATEGORY, PROJECT.STATUS, PROJECT.TIER, PROJECT.LIFECYCLE_COST,
                        PROJECT.PLANNED_START, PROJECT.PLANNED_END)
                .from(PROJECT)
                .join(page).on(PROJECT.ID.eq(page.field(PROJECT.ID)))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(PROJECT.ORGANISATION_ID))
                .orderBy(order)
                .fetch(r -> new ProjectSummary(r.value1(), r.value2(), r.value3(), r.value4(),
                        OrganisationLevel.valueOf(r.value5()), Category.valueOf(r.value6()),
                        ProjectStatus.valueOf(r.value7()), Tier.valueOf(r.value8()), r.value9(), r.value10(),
                        r.value11()));
    }

    int count(Condition where) {
        return db.fetchCount(PROJECT, where);
    }

    Optional<Project> find(long id) {
        return db.select(PROJECT.fields()).select(ORGANISATION.NAME, ORGANISATION.LEVEL)
                .from(PROJECT)
                .join(ORGANISATION).on(ORGANISATION.ID.eq(PROJECT.ORGANISATION_ID))
                .where(PROJECT.ID.eq(id))
                .fetchOptional(r -> toProject(r, infrastructureOf(id), costsOf(id)));
    }

    /** Locks the project's row until the transaction ends, and reads its status. */
    ProjectStatus lockStatus(long projectId) {
        return db.select(PROJECT.STATUS).from(PROJECT).where(PROJECT.ID.eq(projectId)).forUpdate()
                .fetchOne(r -> ProjectStatus.valueOf(r.value1()));
    }

    boolean isOwner(long projectId, long userId) {
        return db.fetchExists(PROJECT_OWNER,
                PROJECT_OWNER.PROJECT_ID.eq(projectId).and(PROJECT_OWNER.USER_ID.eq(userId)));
    }

    Optional<String> organisationPathOf(long projectId) {
        return db.select(ORGANISATION.PATH).from(PROJECT)
                .join(ORGANISATION).on(ORGANISATION.ID.eq(PROJECT.ORGANISATION_ID))
                .where(PROJECT.ID.eq(projectId))
                .fetchOptional(r -> r.value1());
    }

    boolean codeTaken(String code, Long exceptId) {
        Condition sameCode = PROJECT.CODE.eq(code);
        return db.fetchExists(PROJECT, exceptId == null ? sameCode : sameCode.and(PROJECT.ID.ne(exceptId)));
    }

    /** Codes of an organisation's projects that start with the prefix, to suggest the next number. */
    List<String> codesStartingWith(String prefix) {
        return db.select(PROJECT.CODE).from(PROJECT).where(PROJECT.CODE.startsWith(prefix)).fetch(r -> r.value1());
    }

    long insert(ProjectInput input, ProjectStatus status, Tier tier, Long createdBy, Instant now) {
        long id = db.insertInto(PROJECT)
                .set(PROJECT.CODE, input.code())
                .set(PROJECT.STATUS, status.name())
                .set(PROJECT.CREATED_BY, createdBy)
                .set(PROJECT.CREATED_AT, now)
                .set(editableColumns(input, tier, now))
                .returningResult(PROJECT.ID)
                .fetchOne(r -> r.value1());
        replaceDetails(id, input);
        costYearCube.replace(null, cubeEntry(input, tier));
        if (createdBy != null) {
            db.insertInto(PROJECT_OWNER).set(PROJECT_OWNER.PROJECT_ID, id).set(PROJECT_OWNER.USER_ID, createdBy)
                    .execute();
        }
        return id;
    }

    /** @return false when the row's version is no longer {@code expectedVersion} */
    boolean update(long id, int expectedVersion, ProjectInput input, Tier tier, Instant now) {
        // read before the row changes; a concurrent change of the project fails the version check below
        CostYearCube.Entry before = db.select(PROJECT.CATEGORY, PROJECT.TIER, PROJECT.FUNDING_SOURCE).from(PROJECT)
                .where(PROJECT.ID.eq(id))
                .fetchOne(r -> new CostYearCube.Entry(r.value1(), r.value2(), r.value3(), costsOf(id)));
        boolean updated = db.update(PROJECT)
                .set(PROJECT.CODE, input.code())
                .set(editableColumns(input, tier, now))
                .set(PROJECT.VERSION, PROJECT.VERSION.plus(1))
                .where(PROJECT.ID.eq(id).and(PROJECT.VERSION.eq(expectedVersion)))
                .execute() == 1;
        if (updated) {
            replaceDetails(id, input);
            costYearCube.replace(before, cubeEntry(input, tier));
        }
        return updated;
    }

    private static CostYearCube.Entry cubeEntry(ProjectInput input, Tier tier) {
        return new CostYearCube.Entry(input.category().name(), tier.name(), input.fundingSource().name(),
                input.costs());
    }

    private static Map<Field<?>, Object> editableColumns(ProjectInput input, Tier tier, Instant now) {
        var values = new LinkedHashMap<Field<?>, Object>();
        values.put(PROJECT.TITLE, input.title().strip());
        values.put(PROJECT.SUMMARY, input.summary().strip());
        values.put(PROJECT.ORGANISATION_ID, input.organisationId());
        values.put(PROJECT.CATEGORY, input.category().name());
        values.put(PROJECT.POLICY_AREA, input.policyArea().name());
        values.put(PROJECT.DELIVERY_APPROACH, input.deliveryApproach().name());
        values.put(PROJECT.ITERATION_WEEKS, input.deliveryApproach().hasIterations() ? input.iterationWeeks() : null);
        values.put(PROJECT.USES_AI, input.usesAi());
        values.put(PROJECT.AI_DECIDES_ABOUT_PEOPLE, input.aiDecidesAboutPeople());
        values.put(PROJECT.FUNDING_SOURCE, input.fundingSource().name());
        values.put(PROJECT.PLANNED_START, input.plannedStart());
        values.put(PROJECT.PLANNED_END, input.plannedEnd());
        values.put(PROJECT.LIFECYCLE_COST, ProjectRules.lifecycleCost(input.costs()));
        values.put(PROJECT.COST_YEARS, CostYears.of(input.costs()));
        values.put(PROJECT.TIER, tier.name());
        values.put(PROJECT.UPDATED_AT, now);
        return values;
    }

    private void replaceDetails(long id, ProjectInput input) {
        db.deleteFrom(PROJECT_COST_YEAR).where(PROJECT_COST_YEAR.PROJECT_ID.eq(id)).execute();
        db.deleteFrom(PROJECT_INFRASTRUCTURE).where(PROJECT_INFRASTRUCTURE.PROJECT_ID.eq(id)).execute();
        var costs = db.insertInto(PROJECT_COST_YEAR, PROJECT_COST_YEAR.PROJECT_ID, PROJECT_COST_YEAR.FISCAL_YEAR,
                PROJECT_COST_YEAR.CAPITAL_COST, PROJECT_COST_YEAR.OPERATING_COST);
        for (YearlyCost cost : input.costs()) {
            costs = costs.values(id, cost.fiscalYear(), cost.capital(), cost.operating());
        }
        costs.execute();
        if (!input.infrastructure().isEmpty()) {
            var infrastructure = db.insertInto(PROJECT_INFRASTRUCTURE, PROJECT_INFRASTRUCTURE.PROJECT_ID,
                    PROJECT_INFRASTRUCTURE.INFRASTRUCTURE);
            for (Infrastructure item : input.infrastructure()) {
                infrastructure = infrastructure.values(id, item.name());
            }
            infrastructure.execute();
        }
    }

    private Set<Infrastructure> infrastructureOf(long id) {
        List<Infrastructure> items = db.select(PROJECT_INFRASTRUCTURE.INFRASTRUCTURE).from(PROJECT_INFRASTRUCTURE)
                .where(PROJECT_INFRASTRUCTURE.PROJECT_ID.eq(id))
                .fetch(r -> Infrastructure.valueOf(r.value1()));
        return items.isEmpty() ? Set.of() : EnumSet.copyOf(items);
    }

    private List<YearlyCost> costsOf(long id) {
        return db.select(PROJECT_COST_YEAR.FISCAL_YEAR, PROJECT_COST_YEAR.CAPITAL_COST,
                        PROJECT_COST_YEAR.OPERATING_COST)
                .from(PROJECT_COST_YEAR)
                .where(PROJECT_COST_YEAR.PROJECT_ID.eq(id))
                .orderBy(PROJECT_COST_YEAR.FISCAL_YEAR)
                .fetch(r -> new YearlyCost(r.value1(), r.value2(), r.value3()));
    }

    private static Project toProject(Record r, Set<Infrastructure> infrastructure, List<YearlyCost> costs) {
        return new Project(r.get(PROJECT.ID), r.get(PROJECT.CODE), r.get(PROJECT.TITLE), r.get(PROJECT.SUMMARY),
                r.get(PROJECT.ORGANISATION_ID), r.get(ORGANISATION.NAME),
                OrganisationLevel.valueOf(r.get(ORGANISATION.LEVEL)), Category.valueOf(r.get(PROJECT.CATEGORY)),
                PolicyArea.valueOf(r.get(PROJECT.POLICY_AREA)),
                DeliveryApproach.valueOf(r.get(PROJECT.DELIVERY_APPROACH)), r.get(PROJECT.ITERATION_WEEKS),
                r.get(PROJECT.USES_AI), r.get(PROJECT.AI_DECIDES_ABOUT_PEOPLE),
                FundingSource.valueOf(r.get(PROJECT.FUNDING_SOURCE)), r.get(PROJECT.PLANNED_START),
                r.get(PROJECT.PLANNED_END), r.get(PROJECT.LIFECYCLE_COST), ProjectStatus.valueOf(r.get(PROJECT.STATUS)),
                Tier.valueOf(r.get(PROJECT.TIER)), infrastructure, costs, r.get(PROJECT.VERSION),
                r.get(PROJECT.CREATED_AT), r.get(PROJECT.UPDATED_AT));
    }

    /** @param organisationIds the organisations whose projects count, or empty for every organisation */
    static Condition filter(Optional<List<Long>> organisationIds, ProjectFilter filter) {
        Condition condition = organisationIds
                .map(ids -> ids.isEmpty() ? DSL.falseCondition() : PROJECT.ORGANISATION_ID.in(ids))
                .orElse(DSL.noCondition());
        if (filter.status() != null) {
            condition = condition.and(PROJECT.STATUS.eq(filter.status().name()));
        }
        if (filter.category() != null) {
            condition = condition.and(PROJECT.CATEGORY.eq(filter.category().name()));
        }
        if (filter.tier() != null) {
            condition = condition.and(PROJECT.TIER.eq(filter.tier().name()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            condition = condition.and(TextSearch.matching(filter.text()));
        }
        return condition;
    }
}
