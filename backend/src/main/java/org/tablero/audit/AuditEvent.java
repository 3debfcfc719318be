package org.tablero.audit;

import java.time.Instant;

/**
 * One recorded change: who did what to which record, and the values before and after (JSON).
 * Audit events are only ever inserted, never updated or deleted.
 */
public record AuditEvent(
        long id,
        Instant occurredAt,
        String actorUsername,
        String entityType,
        long entityId,
        String action,
        String before,
        String after) {}
