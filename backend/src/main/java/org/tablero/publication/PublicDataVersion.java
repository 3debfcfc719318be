package org.tablero.publication;

import static org.tablero.db.Tables.AUDIT_EVENT;
import static org.tablero.db.Tables.BASELINE;
import static org.tablero.db.Tables.CHANGE_REQUEST;
import static org.tablero.db.Tables.CONFIDENTIAL_FIELD;
import static org.tablero.db.Tables.KPI;
import static org.tablero.db.Tables.KPI_MEASUREMENT;
import static org.tablero.db.Tables.LIFECYCLE_STEP;
import static org.tablero.db.Tables.MILESTONE;
import static org.tablero.db.Tables.ORGANISATION;
import static org.tablero.db.Tables.PROCUREMENT_CONTRACT;
import static org.tablero.db.Tables.PROGRESS_REPORT;
import static org.tablero.db.Tables.PROJECT;
import static org.tablero.db.Tables.PUBLICATION_SNAPSHOT;
import static org.tablero.db.Tables.REVIEW;
import static org.tablero.db.Tables.RISK;
import static org.tablero.db.Tables.RISK_RATING;
import static org.tablero.db.Tables.UX_MEASUREMENT;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A version of all public data, cheap to read: the newest id or time of every table the public reads, each an
 * index lookup. Any change (every change writes an audit event; reports, ratings, verdicts and measurements are
 * also new rows) gives a new version, so one ETag and Last-Modified serve every public address, and cached answers
 * are keyed by it.
 */
@Component
class PublicDataVersion {

    /**
     * The version of the public data and when it last changed.
     *
     * @param projectRecords the version of what a public project's record reads besides its own row: the
     *     organisations and the confidential marks
     * @param sequence this server's count of the versions it has read, for {@link ProjectChanges}
     */
    record Version(String etag, Instant lastModified, String projectRecords, long sequence) {}

    /** The newest change of what a public project's record reads besides its own row. */
    private static final List<Field<?>> PROJECT_RECORD_STAMPS = List.of(
            newest(ORGANISATION.UPDATED_AT), newest(CONFIDENTIAL_FIELD.MARKED_AT),
            DSL.field(DSL.selectCount().from(CONFIDENTIAL_FIELD)));

    /** The newest id or time of every table the public reads, the project record's stamps first. */
    private static final List<Field<?>> STAMPS = Stream.concat(PROJECT_RECORD_STAMPS.stream(), Stream.of(
            newest(AUDIT_EVENT.ID), DSL.field(DSL.select(AUDIT_EVENT.OCCURRED_AT).from(AUDIT_EVENT)
                    .orderBy(AUDIT_EVENT.ID.desc()).limit(1)),
            newest(PROJECT.UPDATED_AT), newest(PROGRESS_REPORT.ID),
            // a stamp only, not a time for Last-Modified: the database sets it by its own clock and time zone
            newest(PROJECT.CHANGED_AT).cast(String.class),
            newest(PROGRESS_REPORT.SUBMITTED_AT), newest(RISK_RATING.RATED_AT), newest(RISK_RATING.ID),
            newest(REVIEW.ID), newest(LIFECYCLE_STEP.ID), newest(BASELINE.ID), newest(CHANGE_REQUEST.ID),
            newest(MILESTONE.ID), newest(KPI.ID), newest(KPI_MEASUREMENT.ID), newest(UX_MEASUREMENT.ID),
            newest(RISK.ID), newest(PROCUREMENT_CONTRACT.ID), newest(PUBLICATION_SNAPSHOT.CREATED_AT)))
            .toList();

    private final DSLContext db;
    private final ProjectChanges changes;
    private final long reuseMillis;
    /** The statement, rendered once: rendering its 21 subqueries cost more than running them. */
    private final String sql;
    private volatile @Nullable Version version;
    private volatile long readAt;

    PublicDataVersion(DSLContext db, ProjectChanges changes, PublicApiProperties properties) {
        this.db = db;
        this.changes = changes;
        this.reuseMillis = properties.refresh().toMillis();
        this.sql = db.renderInlined(db.select(STAMPS));
    }

    /** The version, read again once {@code tablero.public-api.refresh} has passed: for the public API. */
    Version current() {
        Version known = version;
        if (known != null && System.currentTimeMillis() - readAt < reuseMillis) {
            return known;
        }
        synchronized (this) {
            // the requests that waited here while another read it take that version rather than each read their own
            known = version;
            if (known != null && System.currentTimeMillis() - readAt < reuseMillis) {
                return known;
            }
            return fresh();
        }
    }

    /**
     * The version as it is now: for keys of cached answers, so that a reader always sees its own changes. A new
     * version gets the next sequence number once the projects changed since the last one are known.
     */
    synchronized Version fresh() {
        Version known = version;
        Version read = read(known == null ? 1 : known.sequence() + 1);
        if (known != null && known.etag().equals(read.etag())) {
            read = known;
        } else {
            changes.record(read.sequence());
        }
        version = read;
        readAt = System.currentTimeMillis();
        return read;
    }

    private Version read(long sequence) {
        Record row = db.resultQuery(sql).coerce(STAMPS).fetchOne();
        StringBuilder joined = new StringBuilder();
        String projectRecords = null;
        Instant lastModified = Instant.EPOCH;
        for (int i = 0; i < STAMPS.size(); i++) {
            if (i == PROJECT_RECORD_STAMPS.size()) {
                projectRecords = sha256(joined.toString()).substring(0, 32);
            }
            Object value = row.get(i);
            joined.append(Objects.toString(value)).append('|');
            if (value instanceof java.time.LocalDateTime time) {
                value = time.toInstant(java.time.ZoneOffset.UTC);
            }
            if (value instanceof Instant instant && instant.isAfter(lastModified)) {
                lastModified = instant;
            }
        }
        return new Version("\"" + sha256(joined.toString()).substring(0, 32) + "\"", lastModified,
                Objects.requireNonNull(projectRecords), sequence);
    }

    private static <T> Field<T> newest(Field<T> field) {
        return DSL.field(DSL.select(DSL.max(field)).from(((org.jooq.TableField<?, T>) field).getTable()));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
