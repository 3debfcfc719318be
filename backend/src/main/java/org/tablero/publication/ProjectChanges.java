package org.tablero.publication;

import static org.tablero.db.Tables.PROJECT;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.DSLContext;
import org.jooq.DatePart;
import org.jooq.Record2;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * Which projects changed after a version of the public data was read, so that an answer held for an earlier version
 * can be known to hold still ({@link PublicAnswers#holdWhile}). Each new version ({@link PublicDataVersion}) reads
 * the projects whose row changed in the last {@value #WINDOW_MINUTES} minutes by the database's clock (V17's
 * {@code changed_at}, which the database sets on every update) and notes, with the version's sequence number,
 * those it had not seen with that stamp. Reading a window rather than "since the newest stamp seen" also finds a
 * change whose transaction committed after a later one had been seen, as long as it committed within the window.
 * A change that leaves the window is forgotten, and then every answer older than it counts as changed.
 */
@Component
class ProjectChanges {

    static final int WINDOW_MINUTES = 10;

    private record Change(Instant stamp, long sequence) {}

    private final DSLContext db;
    /** The projects changed within the window: when, and the version that first saw it. */
    private final Map<Long, Change> changes = new ConcurrentHashMap<>();
    /** Answers of versions before this one may miss a change that was forgotten. */
    private volatile long oldestKnown;

    ProjectChanges(DSLContext db) {
        this.db = db;
    }

    /** Notes the projects changed as version {@code sequence} was read; versions are recorded one at a time. */
    synchronized void record(long sequence) {
        Set<Long> inWindow = new HashSet<>();
        for (Record2<Long, Instant> row : db.select(PROJECT.ID, PROJECT.CHANGED_AT).from(PROJECT)
                .where(PROJECT.CHANGED_AT.coerce(LocalDateTime.class).ge(DSL.localDateTimeSub(
                        DSL.currentLocalDateTime(), WINDOW_MINUTES, DatePart.MINUTE)))
                .fetch()) {
            inWindow.add(row.value1());
            Change seen = changes.get(row.value1());
            if (seen == null || !seen.stamp().equals(row.value2())) {
                changes.put(row.value1(), new Change(row.value2(), sequence));
            }
        }
        changes.entrySet().removeIf(entry -> {
            boolean forgotten = !inWindow.contains(entry.getKey());
            if (forgotten) {
                oldestKnown = Math.max(oldestKnown, entry.getValue().sequence());
            }
            return forgotten;
        });
    }

    /** Whether none of these projects changed after version {@code sequence} was read. */
    boolean unchangedSince(long sequence, long[] projectIds) {
        if (sequence < oldestKnown) {
            return false;
        }
        for (long id : projectIds) {
            Change change = changes.get(id);
            if (change != null && change.sequence() > sequence) {
                return false;
            }
        }
        return true;
    }
}
