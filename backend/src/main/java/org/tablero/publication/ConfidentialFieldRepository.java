package org.tablero.publication;

import static org.tablero.db.Tables.CONFIDENTIAL_FIELD;
import static org.tablero.db.Tables.PROCUREMENT_CONTRACT;
import static org.tablero.db.Tables.PROGRESS_REPORT;
import static org.tablero.db.Tables.RISK;

import java.time.Instant;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class ConfidentialFieldRepository {

    private final DSLContext db;
    private final PublicRepository marks;

    ConfidentialFieldRepository(DSLContext db, PublicRepository marks) {
        this.db = db;
        this.marks = marks;
    }

    Optional<ConfidentialMark> find(long projectId, ConfidentialField field, long itemId) {
        return marks.marks(key(projectId, field, itemId)).stream().findFirst();
    }

    /** Whether the contract, risk or progress report belongs to the project. */
    boolean itemBelongsTo(ConfidentialField.Item item, long itemId, long projectId) {
        return switch (item) {
            case PROJECT -> itemId == 0;
            case CONTRACT -> db.fetchExists(PROCUREMENT_CONTRACT,
                    PROCUREMENT_CONTRACT.ID.eq(itemId).and(PROCUREMENT_CONTRACT.PROJECT_ID.eq(projectId)));
            case RISK -> db.fetchExists(RISK, RISK.ID.eq(itemId).and(RISK.PROJECT_ID.eq(projectId)));
            case PROGRESS_REPORT -> db.fetchExists(PROGRESS_REPORT,
                    PROGRESS_REPORT.ID.eq(itemId).and(PROGRESS_REPORT.PROJECT_ID.eq(projectId)));
        };
    }

    void insert(long projectId, ConfidentialField field, long itemId, String legalGround, long markedBy, Instant now) {
        db.insertInto(CONFIDENTIAL_FIELD)
                .set(CONFIDENTIAL_FIELD.PROJECT_ID, projectId)
                .set(CONFIDENTIAL_FIELD.FIELD_KEY, field.name())
                .set(CONFIDENTIAL_FIELD.ITEM_ID, itemId)
                .set(CONFIDENTIAL_FIELD.LEGAL_GROUND, legalGround)
                .set(CONFIDENTIAL_FIELD.MARKED_BY, markedBy)
                .set(CONFIDENTIAL_FIELD.MARKED_AT, now)
                .execute();
    }

    void update(long projectId, ConfidentialField field, long itemId, String legalGround, long markedBy, Instant now) {
        db.update(CONFIDENTIAL_FIELD)
                .set(CONFIDENTIAL_FIELD.LEGAL_GROUND, legalGround)
                .set(CONFIDENTIAL_FIELD.MARKED_BY, markedBy)
                .set(CONFIDENTIAL_FIELD.MARKED_AT, now)
                .where(key(projectId, field, itemId))
                .execute();
    }

    boolean delete(long projectId, ConfidentialField field, long itemId) {
        return db.deleteFrom(CONFIDENTIAL_FIELD).where(key(projectId, field, itemId)).execute() == 1;
    }

    private static Condition key(long projectId, ConfidentialField field, long itemId) {
        return CONFIDENTIAL_FIELD.PROJECT_ID.eq(projectId).and(CONFIDENTIAL_FIELD.FIELD_KEY.eq(field.name()))
                .and(CONFIDENTIAL_FIELD.ITEM_ID.eq(itemId));
    }
}
