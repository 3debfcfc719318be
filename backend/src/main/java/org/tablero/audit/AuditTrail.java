package org.tablero.audit;

import static org.tablero.db.Tables.AUDIT_EVENT;

import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tablero.identity.CurrentUser;
import org.tablero.identity.TableroUser;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes audit events inside the caller's transaction, so that a change and its audit record are
 * committed together or not at all. Callers check access before reading a record's history.
 */
@Service
public class AuditTrail {

    /** Who acts when no user is signed in, e.g. the demo data loader. */
    public static final String SYSTEM_ACTOR = "system";

    private final DSLContext db;
    private final JsonMapper json;

    AuditTrail(DSLContext db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String entityType, long entityId, String action, Object before, Object after) {
        TableroUser actor = CurrentUser.find().orElse(null);
        db.insertInto(AUDIT_EVENT)
                .set(AUDIT_EVENT.OCCURRED_AT, Instant.now())
                .set(AUDIT_EVENT.ACTOR_USER_ID, actor == null ? null : actor.id())
                .set(AUDIT_EVENT.ACTOR_USERNAME, actor == null ? SYSTEM_ACTOR : actor.username())
                .set(AUDIT_EVENT.ENTITY_TYPE, entityType)
                .set(AUDIT_EVENT.ENTITY_ID, entityId)
                .set(AUDIT_EVENT.ACTION, action)
                .set(AUDIT_EVENT.BEFORE_STATE, before == null ? null : json.writeValueAsString(before))
                .set(AUDIT_EVENT.AFTER_STATE, after == null ? null : json.writeValueAsString(after))
                .execute();
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public List<AuditEvent> eventsOf(String entityType, long entityId) {
        return db.select(AUDIT_EVENT.ID, AUDIT_EVENT.OCCURRED_AT, AUDIT_EVENT.ACTOR_USERNAME,
                        AUDIT_EVENT.ENTITY_TYPE, AUDIT_EVENT.ENTITY_ID, AUDIT_EVENT.ACTION,
                        AUDIT_EVENT.BEFORE_STATE, AUDIT_EVENT.AFTER_STATE)
                .from(AUDIT_EVENT)
                .where(AUDIT_EVENT.ENTITY_TYPE.eq(entityType).and(AUDIT_EVENT.ENTITY_ID.eq(entityId)))
                .orderBy(AUDIT_EVENT.OCCURRED_AT.desc(), AUDIT_EVENT.ID.desc())
                .fetch(Records.mapping(AuditEvent::new));
    }
}
