package org.tablero.demo;

import static org.tablero.db.Tables.BASELINE;
import static org.tablero.db.Tables.CHANGE_REQUEST;
import static org.tablero.db.Tables.CHANGE_REQUEST_REVIEW;
import static org.tablero.db.Tables.PROGRESS_REPORT;
import static org.tablero.db.Tables.PROJECT;
import static org.tablero.db.Tables.RISK_RATING;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
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
        if (filedById.isEmpty()) {
            return;
        }
        BatchBindStep batch = db.batch(db.update(PROGRESS_REPORT)
                .set(PROGRESS_REPORT.CREATED_AT, (Instant) null)
                .set(PROGRESS_REPORT.SUBMITTED_AT, (Instant) null)
                .where(PROGRESS_REPORT.ID.eq((Long) null)));
        filedById.forEach((id, filed) -> batch.bind(filed, filed, id));
        batch.execute();
    }

    /** Each rating was given when its month's report had been read; the latest is the project's current one. */
    void ratings(long projectId, Map<Long, Instant> ratedById) {
        if (ratedById.isEmpty()) {
            return;
        }
        BatchBindStep batch = db.batch(db.update(RISK_RATING)
                .set(RISK_RATING.RATED_AT, (Instant) null)
                .where(RISK_RATING.ID.eq((Long) null)));
        ratedById.forEach((id, rated) -> batch.bind(rated, id));
        batch.execute();
        db.update(PROJECT).set(PROJECT.RATED_AT, Collections.max(ratedById.values()))
                .where(PROJECT.ID.eq(projectId)).execute();
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
}
