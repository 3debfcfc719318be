package org.tablero.assessment.value;

import static org.tablero.db.Tables.ORGANISATION;
import static org.tablero.db.Tables.PROJECT;
import static org.tablero.db.Tables.STRATEGY_OBJECTIVE;
import static org.tablero.db.Tables.VALUE_OBJECTIVE;
import static org.tablero.db.Tables.VALUE_PROPOSITION;
import static org.tablero.db.Tables.VALUE_YEAR;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.Records;
import org.springframework.stereotype.Repository;
import org.tablero.project.ProjectStatus;

@Repository
class ValuePropositionRepository {

    private final DSLContext db;

    ValuePropositionRepository(DSLContext db) {
        this.db = db;
    }


    Optional<Integer> versionOf(long projectId) {
        return db.select(VALUE_PROPOSITION.VERSION).from(VALUE_PROPOSITION)
                .where(VALUE_PROPOSITION.PROJECT_ID.eq(projectId))
                .fetchOptional(r -> r.value1());
    }

    Optional<ValueProposition> find(long projectId) {
        return db.selectFrom(VALUE_PROPOSITION).where(VALUE_PROPOSITION.PROJECT_ID.eq(projectId))
                .fetchOptional(r -> toValueProposition(r, yearsOf(projectId), objectivesOf(projectId)));
    }

    /** The first save: the row starts at version 1, as version 0 stands for "never saved". */
    void insert(long projectId, ValuePropositionInput input, ValueRules.Computed computed, long userId,
            Instant now) {
        db.insertInto(VALUE_PROPOSITION)
                .set(VALUE_PROPOSITION.PROJECT_ID, projectId)
                .set(VALUE_PROPOSITION.VERSION, 1)
                .set(typedColumns(input))
                .set(computedColumns(computed))
                .set(VALUE_PROPOSITION.UPDATED_AT, now)
                .set(VALUE_PROPOSITION.UPDATED_BY, userId)
                .execute();
        replaceDetails(projectId, input);
    }

    /** @return false when the row's version is no longer {@code expectedVersion} */
    boolean update(long projectId, int expectedVersion, ValuePropositionInput input, ValueRules.Computed computed,
            long userId, Instant now) {
        boolean updated = db.update(VALUE_PROPOSITION)
                .set(typedColumns(input))
                .set(computedColumns(computed))
                .set(VALUE_PROPOSITION.UPDATED_AT, now)
                .set(VALUE_PROPOSITION.UPDATED_BY, userId)
                .set(VALUE_PROPOSITION.VERSION, VALUE_PROPOSITION.VERSION.plus(1))
                .where(VALUE_PROPOSITION.PROJECT_ID.eq(projectId).and(VALUE_PROPOSITION.VERSION.eq(expectedVersion)))
                .execute() == 1;
        if (updated) {
            replaceDetails(projectId, input);
        }
        return updated;
    }

    /** What the computed columns of every value proposition are computed from. */
    record Inputs(long projectId, List<ValueYear> years, Integer socialScore, Integer strategicScore,
            Integer environmentalScore) {}

    /**
     * Locking reads: they see what was last committed (not the transaction's snapshot) and keep it from changing
     * until the computed columns are rewritten.
     */
    List<Inputs> allInputs() {
        Map<Long, List<ValueYear>> years = db.select(VALUE_YEAR.PROJECT_ID, VALUE_YEAR.FISCAL_YEAR, VALUE_YEAR.COST,
                        VALUE_YEAR.BENEFIT)
                .from(VALUE_YEAR)
                .forUpdate()
                .fetchGroups(r -> r.value1(), r -> new ValueYear(r.value2(), r.value3(), r.value4()));
        return db.select(VALUE_PROPOSITION.PROJECT_ID, VALUE_PROPOSITION.SOCIAL_SCORE,
                        VALUE_PROPOSITION.STRATEGIC_SCORE, VALUE_PROPOSITION.ENVIRONMENTAL_SCORE)
                .from(VALUE_PROPOSITION)
                .forUpdate()
                .fetch(r -> new Inputs(r.value1(), years.getOrDefault(r.value1(), List.of()), r.value2(), r.value3(),
                        r.value4()));
    }

    /** Rewrites the computed columns only: the owner's version does not change, as nothing they typed did. */
    void updateComputed(Map<Long, ValueRules.Computed> computedByProject) {
        List<Query> updates = new ArrayList<>();
        computedByProject.forEach((projectId, computed) -> updates.add(db.update(VALUE_PROPOSITION)
                .set(computedColumns(computed))
                .where(VALUE_PROPOSITION.PROJECT_ID.eq(projectId))));
        if (!updates.isEmpty()) {
            db.batch(updates).execute();
        }
    }

    List<ValueRanking> ranking(Condition where, int offset, int limit) {
        List<ValueRanking> rows = new ArrayList<>();
        db.select(PROJECT.ID, PROJECT.CODE, PROJECT.TITLE, ORGANISATION.NAME, VALUE_PROPOSITION.VALUE_SCORE,
                        VALUE_PROPOSITION.NPV, VALUE_PROPOSITION.BCR)
                .from(VALUE_PROPOSITION)
                .join(PROJECT).on(PROJECT.ID.eq(VALUE_PROPOSITION.PROJECT_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(PROJECT.ORGANISATION_ID))
                .where(where)
                // NPV and then the code make the order total, so that paging never repeats or skips a row
                .orderBy(VALUE_PROPOSITION.VALUE_SCORE.desc(), VALUE_PROPOSITION.NPV.desc(), PROJECT.CODE.asc())
                .offset(offset).limit(limit)
                .forEach(r -> rows.add(new ValueRanking(offset + rows.size() + 1, r.value1(), r.value2(), r.value3(),
                        r.value4(), r.value5(), r.value6(), r.value7())));
        return rows;
    }

    int rankingCount(Condition where) {
        return db.fetchCount(db.select(VALUE_PROPOSITION.PROJECT_ID).from(VALUE_PROPOSITION)
                .join(PROJECT).on(PROJECT.ID.eq(VALUE_PROPOSITION.PROJECT_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(PROJECT.ORGANISATION_ID))
                .where(where));
    }

    /** Projects ranked: those with a value score, in the organisation subtree, of the statuses (all if empty). */
    static Condition ranked(String scopePath, Collection<ProjectStatus> statuses) {
        Condition condition = ORGANISATION.PATH.startsWith(scopePath).and(VALUE_PROPOSITION.VALUE_SCORE.isNotNull());
        if (!statuses.isEmpty()) {
            condition = condition.and(PROJECT.STATUS.in(statuses.stream().map(ProjectStatus::name).toList()));
        }
        return condition;
    }

    private static Map<Field<?>, Object> typedColumns(ValuePropositionInput input) {
        var values = new LinkedHashMap<Field<?>, Object>();
        values.put(VALUE_PROPOSITION.REUSE, text(input.reuse()));
        values.put(VALUE_PROPOSITION.PEOPLE_REACHED, input.peopleReached());
        values.put(VALUE_PROPOSITION.INCLUSION, text(input.inclusion()));
        values.put(VALUE_PROPOSITION.SERVICE_IMPROVEMENT, text(input.serviceImprovement()));
        values.put(VALUE_PROPOSITION.SOCIAL_SCORE, input.socialScore());
        values.put(VALUE_PROPOSITION.STRATEGIC_ALIGNMENT, text(input.strategicAlignment()));
        values.put(VALUE_PROPOSITION.STRATEGIC_SCORE, input.strategicScore());
        values.put(VALUE_PROPOSITION.ENERGY_AND_EMISSIONS, text(input.energyAndEmissions()));
        values.put(VALUE_PROPOSITION.HARDWARE_LIFECYCLE, text(input.hardwareLifecycle()));
        values.put(VALUE_PROPOSITION.GREEN_BY_DESIGN, text(input.greenByDesign()));
        values.put(VALUE_PROPOSITION.ENVIRONMENTAL_SCORE, input.environmentalScore());
        return values;
    }

    private static Map<Field<?>, Object> computedColumns(ValueRules.Computed computed) {
        var values = new LinkedHashMap<Field<?>, Object>();
        values.put(VALUE_PROPOSITION.DISCOUNT_RATE, computed.economic().discountRate());
        values.put(VALUE_PROPOSITION.PV_COSTS, computed.economic().pvCosts());
        values.put(VALUE_PROPOSITION.PV_BENEFITS, computed.economic().pvBenefits());
        values.put(VALUE_PROPOSITION.NPV, computed.economic().npv());
        values.put(VALUE_PROPOSITION.BCR, computed.economic().bcr());
        values.put(VALUE_PROPOSITION.PAYBACK_YEAR, computed.economic().paybackYear());
        values.put(VALUE_PROPOSITION.ECONOMIC_SCORE, computed.economicScore());
        values.put(VALUE_PROPOSITION.VALUE_SCORE, computed.valueScore());
        return values;
    }

    /** Blank text is stored as nothing, so that completeness only has to look for NULL. */
    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private void replaceDetails(long projectId, ValuePropositionInput input) {
        db.deleteFrom(VALUE_YEAR).where(VALUE_YEAR.PROJECT_ID.eq(projectId)).execute();
        db.deleteFrom(VALUE_OBJECTIVE).where(VALUE_OBJECTIVE.PROJECT_ID.eq(projectId)).execute();
        if (!input.years().isEmpty()) {
            var years = db.insertInto(VALUE_YEAR, VALUE_YEAR.PROJECT_ID, VALUE_YEAR.FISCAL_YEAR, VALUE_YEAR.COST,
                    VALUE_YEAR.BENEFIT);
            for (ValueYear row : input.years()) {
                years = years.values(projectId, row.year(), row.cost(), row.benefit());
            }
            years.execute();
        }
        if (!input.objectiveIds().isEmpty()) {
            var objectives = db.insertInto(VALUE_OBJECTIVE, VALUE_OBJECTIVE.PROJECT_ID, VALUE_OBJECTIVE.OBJECTIVE_ID);
            for (Long objectiveId : input.objectiveIds()) {
                objectives = objectives.values(projectId, objectiveId);
            }
            objectives.execute();
        }
    }

    private List<ValueYear> yearsOf(long projectId) {
        return db.select(VALUE_YEAR.FISCAL_YEAR, VALUE_YEAR.COST, VALUE_YEAR.BENEFIT)
                .from(VALUE_YEAR)
                .where(VALUE_YEAR.PROJECT_ID.eq(projectId))
                .orderBy(VALUE_YEAR.FISCAL_YEAR)
                .fetch(Records.mapping(ValueYear::new));
    }

    /** The ids of the objectives linked to the project. */
    List<Long> objectiveIdsOf(long projectId) {
        return db.select(VALUE_OBJECTIVE.OBJECTIVE_ID).from(VALUE_OBJECTIVE)
                .where(VALUE_OBJECTIVE.PROJECT_ID.eq(projectId))
                .fetch(r -> r.value1());
    }

    private List<StrategyObjective> objectivesOf(long projectId) {
        return db.select(STRATEGY_OBJECTIVE.ID, STRATEGY_OBJECTIVE.CODE, STRATEGY_OBJECTIVE.NAME_EN,
                        STRATEGY_OBJECTIVE.NAME_ES, STRATEGY_OBJECTIVE.NAME_PT, STRATEGY_OBJECTIVE.ACTIVE,
                        STRATEGY_OBJECTIVE.VERSION)
                .from(VALUE_OBJECTIVE)
                .join(STRATEGY_OBJECTIVE).on(STRATEGY_OBJECTIVE.ID.eq(VALUE_OBJECTIVE.OBJECTIVE_ID))
                .where(VALUE_OBJECTIVE.PROJECT_ID.eq(projectId))
                .orderBy(STRATEGY_OBJECTIVE.CODE)
                .fetch(Records.mapping(StrategyObjective::new));
    }

    private static ValueProposition toValueProposition(Record r, List<ValueYear> years,
            List<StrategyObjective> objectives) {
        EconomicFigures economic = new EconomicFigures(r.get(VALUE_PROPOSITION.DISCOUNT_RATE),
                r.get(VALUE_PROPOSITION.PV_COSTS), r.get(VALUE_PROPOSITION.PV_BENEFITS), r.get(VALUE_PROPOSITION.NPV),
                r.get(VALUE_PROPOSITION.BCR), r.get(VALUE_PROPOSITION.PAYBACK_YEAR));
        return new ValueProposition(r.get(VALUE_PROPOSITION.PROJECT_ID), years, r.get(VALUE_PROPOSITION.REUSE),
                r.get(VALUE_PROPOSITION.PEOPLE_REACHED), r.get(VALUE_PROPOSITION.INCLUSION),
                r.get(VALUE_PROPOSITION.SERVICE_IMPROVEMENT), r.get(VALUE_PROPOSITION.SOCIAL_SCORE), objectives,
                r.get(VALUE_PROPOSITION.STRATEGIC_ALIGNMENT), r.get(VALUE_PROPOSITION.STRATEGIC_SCORE),
                r.get(VALUE_PROPOSITION.ENERGY_AND_EMISSIONS), r.get(VALUE_PROPOSITION.HARDWARE_LIFECYCLE),
                r.get(VALUE_PROPOSITION.GREEN_BY_DESIGN), r.get(VALUE_PROPOSITION.ENVIRONMENTAL_SCORE), economic,
                r.get(VALUE_PROPOSITION.ECONOMIC_SCORE), r.get(VALUE_PROPOSITION.VALUE_SCORE),
                r.get(VALUE_PROPOSITION.VERSION), r.get(VALUE_PROPOSITION.UPDATED_AT));
    }
}
