package org.tablero.assessment.risk;

import static org.tablero.db.Tables.ALGORITHMIC_TRANSPARENCY;
import static org.tablero.db.Tables.RISK;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record14;
import org.jooq.Records;
import org.jooq.SelectSelectStep;
import org.springframework.stereotype.Repository;

@Repository
class RiskRepository {

    private final DSLContext db;

    RiskRepository(DSLContext db) {
        this.db = db;
    }


    /** Oldest first. */
    List<Risk> risksOf(long projectId) {
        return selectRisk().from(RISK).where(RISK.PROJECT_ID.eq(projectId)).orderBy(RISK.ID)
                .fetch(Records.mapping(Risk::new));
    }

    Optional<Risk> find(long projectId, long riskId) {
        return selectRisk().from(RISK).where(RISK.ID.eq(riskId).and(RISK.PROJECT_ID.eq(projectId)))
                .fetchOptional(Records.mapping(Risk::new));
    }

    private SelectSelectStep<Record14<Long, Long, RiskCategory, String, Integer, Integer, String, Integer, Integer,
            String, RiskStatus, Integer, Instant, Instant>> selectRisk() {
        return db.select(RISK.ID, RISK.PROJECT_ID, RISK.CATEGORY.convertFrom(RiskCategory::valueOf),
                RISK.DESCRIPTION, RISK.LIKELIHOOD, RISK.IMPACT, RISK.MITIGATION, RISK.RESIDUAL_LIKELIHOOD,
                RISK.RESIDUAL_IMPACT, RISK.RISK_OWNER, RISK.STATUS.convertFrom(RiskStatus::valueOf), RISK.VERSION,
                RISK.CREATED_AT, RISK.UPDATED_AT);
    }

    long insert(long projectId, RiskInput input, Instant now) {
        return db.insertInto(RISK)
                .set(RISK.PROJECT_ID, projectId)
                .set(RISK.CREATED_AT, now)
                .set(editableColumns(input, now))
                .returningResult(RISK.ID)
                .fetchOne(r -> r.value1());
    }

    /** @return false when the risk is gone or its version is no longer {@code expectedVersion} */
    boolean update(long riskId, int expectedVersion, RiskInput input, Instant now) {
        return db.update(RISK)
                .set(editableColumns(input, now))
                .set(RISK.VERSION, RISK.VERSION.plus(1))
                .where(RISK.ID.eq(riskId).and(RISK.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    /** The columns the owner's input sets, the same for a new risk and a changed one. */
    private static Map<Field<?>, Object> editableColumns(RiskInput input, Instant now) {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(RISK.CATEGORY, input.category().name());
        values.put(RISK.DESCRIPTION, input.description().strip());
        values.put(RISK.LIKELIHOOD, input.likelihood());
        values.put(RISK.IMPACT, input.impact());
        values.put(RISK.MITIGATION, blankToNull(input.mitigation()));
        values.put(RISK.RESIDUAL_LIKELIHOOD, input.residualLikelihood());
        values.put(RISK.RESIDUAL_IMPACT, input.residualImpact());
        values.put(RISK.RISK_OWNER, blankToNull(input.owner()));
        values.put(RISK.STATUS, input.status().name());
        values.put(RISK.UPDATED_AT, now);
        return values;
    }

    /** @return false when the risk is gone or its version is no longer {@code expectedVersion} */
    boolean delete(long riskId, int expectedVersion) {
        return db.deleteFrom(RISK).where(RISK.ID.eq(riskId).and(RISK.VERSION.eq(expectedVersion))).execute() == 1;
    }

    Optional<TransparencyRecord> transparencyOf(long projectId) {
        return db.select(ALGORITHMIC_TRANSPARENCY.PROJECT_ID, ALGORITHMIC_TRANSPARENCY.PURPOSE,
                        ALGORITHMIC_TRANSPARENCY.DATA_USED, ALGORITHMIC_TRANSPARENCY.HUMAN_OVERSIGHT,
                        ALGORITHMIC_TRANSPARENCY.VERSION, ALGORITHMIC_TRANSPARENCY.UPDATED_AT)
                .from(ALGORITHMIC_TRANSPARENCY)
                .where(ALGORITHMIC_TRANSPARENCY.PROJECT_ID.eq(projectId))
                .fetchOptional(Records.mapping(TransparencyRecord::new));
    }

    /** The record as last committed, locked until the transaction ends (for a save that may insert it). */
    Optional<TransparencyRecord> transparencyForUpdate(long projectId) {
        return db.select(ALGORITHMIC_TRANSPARENCY.PROJECT_ID, ALGORITHMIC_TRANSPARENCY.PURPOSE,
                        ALGORITHMIC_TRANSPARENCY.DATA_USED, ALGORITHMIC_TRANSPARENCY.HUMAN_OVERSIGHT,
                        ALGORITHMIC_TRANSPARENCY.VERSION, ALGORITHMIC_TRANSPARENCY.UPDATED_AT)
                .from(ALGORITHMIC_TRANSPARENCY)
                .where(ALGORITHMIC_TRANSPARENCY.PROJECT_ID.eq(projectId))
                .forUpdate()
                .fetchOptional(Records.mapping(TransparencyRecord::new));
    }

    void insertTransparency(long projectId, TransparencyInput input, Instant now) {
        db.insertInto(ALGORITHMIC_TRANSPARENCY)
                .set(ALGORITHMIC_TRANSPARENCY.PROJECT_ID, projectId)
                .set(ALGORITHMIC_TRANSPARENCY.PURPOSE, input.purpose().strip())
                .set(ALGORITHMIC_TRANSPARENCY.DATA_USED, input.dataUsed().strip())
                .set(ALGORITHMIC_TRANSPARENCY.HUMAN_OVERSIGHT, input.humanOversight().strip())
                .set(ALGORITHMIC_TRANSPARENCY.UPDATED_AT, now)
                .execute();
    }

    /** @return false when the record's version is no longer {@code expectedVersion} */
    boolean updateTransparency(long projectId, int expectedVersion, TransparencyInput input, Instant now) {
        return db.update(ALGORITHMIC_TRANSPARENCY)
                .set(ALGORITHMIC_TRANSPARENCY.PURPOSE, input.purpose().strip())
                .set(ALGORITHMIC_TRANSPARENCY.DATA_USED, input.dataUsed().strip())
                .set(ALGORITHMIC_TRANSPARENCY.HUMAN_OVERSIGHT, input.humanOversight().strip())
                .set(ALGORITHMIC_TRANSPARENCY.UPDATED_AT, now)
                .set(ALGORITHMIC_TRANSPARENCY.VERSION, ALGORITHMIC_TRANSPARENCY.VERSION.plus(1))
                .where(ALGORITHMIC_TRANSPARENCY.PROJECT_ID.eq(projectId)
                        .and(ALGORITHMIC_TRANSPARENCY.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
