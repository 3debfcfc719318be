package org.tablero.demo;

import static org.tablero.db.Tables.BASELINE;
import static org.tablero.db.Tables.CHANGE_REQUEST;
import static org.tablero.db.Tables.CHANGE_REQUEST_REVIEW;
import static org.tablero.db.Tables.KPI_MEASUREMENT;
import static org.tablero.db.Tables.PROGRESS_REPORT;
import static org.tablero.db.Tables.PROJECT;
import static org.tablero.db.Tables.PROJECT_CLOSURE;
import static org.tablero.db.Tables.RISK_RATING;
import static org.tablero.db.Tables.UX_MEASUREMENT;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.TableField;
import org.springframework.stereotype.Component;
import org.tablero.approval.ReviewAspect;

/**
 * The services stamp everything they do with the present instant; a demo history of many months filed in a few
 * seconds would then look as if it had all happened today. After each step is taken through the real service,
 * this moves its timestamps back to when it would have happened. Demo data only: nothing else in the
 * application changes a timestamp after the fact, and the audit trail is left as it was written.
 */
@Component
class DemoBackdating {

    private final DSLContext db;

    DemoBackdating(DSLContext db) {
        this.db = db;
    }

    /** The project was approved some days before it started on its planned start. */
    void execution(long projectId, Instant approved, LocalDate started) {
        db.update(PROJECT).set(PROJECT.EXECUTION_STARTED, started).where(PROJECT.ID.eq(projectId)).execute();
        baseline(projectId, 1, approved);
    }

    void baseline(long projectId, int number, Instant fixed) {
        db.update(BASELINE).set(BASELINE.FIXED_AT, fixed)
                .where(BASELINE.PROJECT_ID.eq(projectId).and(BASELINE.NUMBER.eq(number)))
                .execute();
    }

    /** Each report was filed, and submitted at once, when its month was over. */
    void reports(Map<Long, Instant> filedById) {
        restamp(filedById, PROGRESS_REPORT.ID, PROGRESS_REPORT.CREATED_AT, PROGRESS_REPORT.SUBMITTED_AT);
    }

    /** Each rating was given when its month's report had been read; the latest is the project's current one. */
    void ratings(long projectId, Map<Long, Instant> ratedById) {
        if (!ratedById.isEmpty()) {
            restamp(ratedById, RISK_RATING.ID, RISK_RATING.RATED_AT);
            db.update(PROJECT).set(PROJECT.RATED_AT, Collections.max(ratedById.values()))
                    .where(PROJECT.ID.eq(projectId)).execute();
        }
    }

    void kpiMeasurements(Map<Long, Instant> recordedById) {
        restamp(recordedById, KPI_MEASUREMENT.ID, KPI_MEASUREMENT.RECORDED_AT);
    }

    void uxMeasurements(Map<Long, Instant> recordedById) {
        restamp(recordedById, UX_MEASUREMENT.ID, UX_MEASUREMENT.RECORDED_AT);
    }

    void closure(long projectId, Instant closed) {
        db.update(PROJECT_CLOSURE).set(PROJECT_CLOSURE.CLOSED_AT, closed)
                .where(PROJECT_CLOSURE.PROJECT_ID.eq(projectId)).execute();
    }

    void changeRequestOpened(long id, Instant opened) {
        db.update(CHANGE_REQUEST).set(CHANGE_REQUEST.OPENED_AT, opened).where(CHANGE_REQUEST.ID.eq(id)).execute();
    }

    /** The digital authority's verdict came a few days before the budget office's, which decided the request. */
    void changeRequestDecided(long id, Instant decided) {
        db.update(CHANGE_REQUEST).set(CHANGE_REQUEST.CLOSED_AT, decided).where(CHANGE_REQUEST.ID.eq(id)).execute();
        db.update(CHANGE_REQUEST_REVIEW).set(CHANGE_REQUEST_REVIEW.GIVEN_AT, decided)
                .where(CHANGE_REQUEST_REVIEW.CHANGE_REQUEST_ID.eq(id)
                        .and(CHANGE_REQUEST_REVIEW.ASPECT.eq(ReviewAspect.VALUE_AND_COST.name())))
                .execute();
        db.update(CHANGE_REQUEST_REVIEW).set(CHANGE_REQUEST_REVIEW.GIVEN_AT, decided.minus(Duration.ofDays(3)))
                .where(CHANGE_REQUEST_REVIEW.CHANGE_REQUEST_ID.eq(id)
                        .and(CHANGE_REQUEST_REVIEW.ASPECT.eq(ReviewAspect.STANDARDS_AND_RISK.name())))
                .execute();
    }

    /** One batch that sets the given time columns of each row to its instant. */
    @SafeVarargs
    private <R extends Record> void restamp(Map<Long, Instant> instantById, TableField<R, Long> id,
            TableField<R, Instant>... columns) {
        if (instantById.isEmpty()) {
            return;
        }
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        for (TableField<R, Instant> column : columns) {
            values.put(column, null);
        }
        BatchBindStep batch = db.batch(db.update(id.getTable()).set(values).where(id.eq((Long) null)));
        instantById.forEach((row, instant) -> {
            List<Object> binds = new ArrayList<>(Collections.nCopies(columns.length, instant));
            binds.add(row);
            batch.bind(binds.toArray());
        });
        batch.execute();
    }

    /** That day at that hour (UTC), or now if that is still to come: a demo history never lies in the future. */
    static Instant at(LocalDate day, int hour) {
        return notLaterThanNow(day.atTime(hour, 0).toInstant(ZoneOffset.UTC));
    }

    static Instant at(Instant instant, Duration later) {
        return notLaterThanNow(instant.plus(later));
    }

    private static Instant notLaterThanNow(Instant instant) {
        Instant now = Instant.now();
        return instant.isAfter(now) ? now : instant;
    }
}
