package org.tablero.assessment.value;

import static org.tablero.db.Tables.STRATEGY_OBJECTIVE;
import static org.tablero.db.Tables.VALUE_OBJECTIVE;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record7;
import org.jooq.Records;
import org.jooq.SelectSelectStep;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class StrategyObjectiveRepository {

    private final DSLContext db;

    StrategyObjectiveRepository(DSLContext db) {
        this.db = db;
    }

    List<StrategyObjective> list(boolean includeInactive) {
        Condition where = includeInactive ? DSL.noCondition() : STRATEGY_OBJECTIVE.ACTIVE.isTrue();
        return select().from(STRATEGY_OBJECTIVE).where(where).orderBy(STRATEGY_OBJECTIVE.CODE)
                .fetch(Records.mapping(StrategyObjective::new));
    }

    List<StrategyObjective> findAll(Collection<Long> ids) {
        return select().from(STRATEGY_OBJECTIVE).where(STRATEGY_OBJECTIVE.ID.in(ids))
                .fetch(Records.mapping(StrategyObjective::new));
    }

    Optional<StrategyObjective> find(long id) {
        return select().from(STRATEGY_OBJECTIVE).where(STRATEGY_OBJECTIVE.ID.eq(id))
                .fetchOptional(Records.mapping(StrategyObjective::new));
    }

    boolean codeTaken(String code, Long exceptId) {
        Condition sameCode = STRATEGY_OBJECTIVE.CODE.eq(code);
        return db.fetchExists(STRATEGY_OBJECTIVE,
                exceptId == null ? sameCode : sameCode.and(STRATEGY_OBJECTIVE.ID.ne(exceptId)));
    }

    boolean isLinked(long id) {
        return db.fetchExists(VALUE_OBJECTIVE, VALUE_OBJECTIVE.OBJECTIVE_ID.eq(id));
    }

    long insert(StrategyObjectiveInput input) {
        return db.insertInto(STRATEGY_OBJECTIVE)
                .set(STRATEGY_OBJECTIVE.CODE, input.code().strip())
                .set(STRATEGY_OBJECTIVE.NAME_EN, input.nameEn().strip())
                .set(STRATEGY_OBJECTIVE.NAME_ES, input.nameEs().strip())
                .set(STRATEGY_OBJECTIVE.NAME_PT, input.namePt().strip())
                .set(STRATEGY_OBJECTIVE.ACTIVE, input.active())
                .returningResult(STRATEGY_OBJECTIVE.ID)
                .fetchOne(r -> r.value1());
    }

    /** @return false when the row's version is no longer {@code expectedVersion} */
    boolean update(long id, int expectedVersion, StrategyObjectiveInput input) {
        return db.update(STRATEGY_OBJECTIVE)
                .set(STRATEGY_OBJECTIVE.CODE, input.code().strip())
                .set(STRATEGY_OBJECTIVE.NAME_EN, input.nameEn().strip())
                .set(STRATEGY_OBJECTIVE.NAME_ES, input.nameEs().strip())
                .set(STRATEGY_OBJECTIVE.NAME_PT, input.namePt().strip())
                .set(STRATEGY_OBJECTIVE.ACTIVE, input.active())
                .set(STRATEGY_OBJECTIVE.VERSION, STRATEGY_OBJECTIVE.VERSION.plus(1))
                .where(STRATEGY_OBJECTIVE.ID.eq(id).and(STRATEGY_OBJECTIVE.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    /** @return false when the row's version is no longer {@code expectedVersion} */
    boolean delete(long id, int expectedVersion) {
        return db.deleteFrom(STRATEGY_OBJECTIVE)
                .where(STRATEGY_OBJECTIVE.ID.eq(id).and(STRATEGY_OBJECTIVE.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    private SelectSelectStep<Record7<Long, String, String, String, String, Boolean, Integer>> select() {
        return db.select(STRATEGY_OBJECTIVE.ID, STRATEGY_OBJECTIVE.CODE, STRATEGY_OBJECTIVE.NAME_EN,
                STRATEGY_OBJECTIVE.NAME_ES, STRATEGY_OBJECTIVE.NAME_PT, STRATEGY_OBJECTIVE.ACTIVE,
                STRATEGY_OBJECTIVE.VERSION);
    }
}
