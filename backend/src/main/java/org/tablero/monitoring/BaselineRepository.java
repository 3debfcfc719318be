package org.tablero.monitoring;

import static org.tablero.db.Tables.APP_USER;
import static org.tablero.db.Tables.BASELINE;
import static org.tablero.db.Tables.CHANGE_REQUEST;
import static org.tablero.db.Tables.CHANGE_REQUEST_REVIEW;
import static org.tablero.db.Tables.PROJECT;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.tablero.approval.Review;
import org.tablero.approval.ReviewAspect;
import org.tablero.approval.Verdict;

/** Baselines, rebaseline change requests and their verdicts. */
@Repository
class BaselineRepository {

    private final DSLContext db;

    BaselineRepository(DSLContext db) {
        this.db = db;
    }

    /** Oldest first. */
    List<Baseline> baselinesOf(long projectId) {
        return db.select(BASELINE.ID, BASELINE.NUMBER, BASELINE.COST, BASELINE.START_DATE, BASELINE.END_DATE,
                        BASELINE.REASON, BASELINE.FIXED_AT)
                .from(BASELINE)
                .where(BASELINE.PROJECT_ID.eq(projectId))
                .orderBy(BASELINE.NUMBER)
                .fetch(Records.mapping(Baseline::new));
    }

    Optional<Baseline> currentBaseline(long projectId) {
        List<Baseline> baselines = baselinesOf(projectId);
        return baselines.isEmpty() ? Optional.empty() : Optional.of(baselines.getLast());
    }

    /** Adds the next baseline and makes it the project's current plan. */
    Baseline fix(long projectId, BigDecimal cost, LocalDate start, LocalDate end, String reason, Long userId,
            Instant now) {
        int number = db.select(DSL.coalesce(DSL.max(BASELINE.NUMBER), 0)).from(BASELINE)
                .where(BASELINE.PROJECT_ID.eq(projectId)).fetchOne(r -> r.value1()) + 1;
        db.insertInto(BASELINE)
                .set(BASELINE.PROJECT_ID, projectId)
                .set(BASELINE.NUMBER, number)
                .set(BASELINE.COST, cost)
                .set(BASELINE.START_DATE, start)
                .set(BASELINE.END_DATE, end)
                .set(BASELINE.REASON, reason)
                .set(BASELINE.FIXED_BY, userId)
                .set(BASELINE.FIXED_AT, now)
                .execute();
        db.update(PROJECT)
                .set(PROJECT.BASELINE_COST, cost)
                .set(PROJECT.BASELINE_END, end)
                .set(PROJECT.REBASELINES, number - 1)
                .where(PROJECT.ID.eq(projectId))
                .execute();
        return currentBaseline(projectId).orElseThrow();
    }

    void markExecutionStarted(long projectId, LocalDate day) {
        db.update(PROJECT).set(PROJECT.EXECUTION_STARTED, day)
                .where(PROJECT.ID.eq(projectId).and(PROJECT.EXECUTION_STARTED.isNull()))
                .execute();
    }

    long openChangeRequest(long projectId, RebaselineInput input, long userId, Instant now) {
        return db.insertInto(CHANGE_REQUEST)
                .set(CHANGE_REQUEST.PROJECT_ID, projectId)
                .set(CHANGE_REQUEST.PROPOSED_COST, input.cost())
                .set(CHANGE_REQUEST.PROPOSED_END, input.end())
                .set(CHANGE_REQUEST.REASON, input.reason().strip())
                .set(CHANGE_REQUEST.STATUS, ChangeRequestStatus.OPEN.name())
                .set(CHANGE_REQUEST.OPENED_BY, userId)
                .set(CHANGE_REQUEST.OPENED_AT, now)
                .returningResult(CHANGE_REQUEST.ID)
                .fetchOne(r -> r.value1());
    }

    /** Newest first. */
    List<ChangeRequest> changeRequestsOf(long projectId) {
        return changeRequests(CHANGE_REQUEST.PROJECT_ID.eq(projectId));
    }

    Optional<ChangeRequest> changeRequest(long id) {
        return changeRequests(CHANGE_REQUEST.ID.eq(id)).stream().findFirst();
    }

    /** Locks the request until the transaction ends, so that two last verdicts cannot both close it. */
    Optional<ChangeRequestStatus> lockChangeRequest(long id) {
        return db.select(CHANGE_REQUEST.STATUS).from(CHANGE_REQUEST).where(CHANGE_REQUEST.ID.eq(id)).forUpdate()
                .fetchOptional(r -> ChangeRequestStatus.valueOf(r.value1()));
    }

    private List<ChangeRequest> changeRequests(Condition condition) {
        Map<Long, List<Review>> reviews = db.select(CHANGE_REQUEST_REVIEW.CHANGE_REQUEST_ID,
                        CHANGE_REQUEST_REVIEW.ASPECT, CHANGE_REQUEST_REVIEW.VERDICT, CHANGE_REQUEST_REVIEW.RATIONALE,
                        APP_USER.DISPLAY_NAME, CHANGE_REQUEST_REVIEW.GIVEN_AT)
                .from(CHANGE_REQUEST_REVIEW)
                .join(CHANGE_REQUEST).on(CHANGE_REQUEST.ID.eq(CHANGE_REQUEST_REVIEW.CHANGE_REQUEST_ID))
                .join(APP_USER).on(APP_USER.ID.eq(CHANGE_REQUEST_REVIEW.REVIEWER_ID))
                .where(condition)
                .orderBy(CHANGE_REQUEST_REVIEW.GIVEN_AT)
                .fetch().stream()
                .collect(Collectors.groupingBy(r -> r.value1(), Collectors.mapping(r -> new Review(
                        ReviewAspect.valueOf(r.value2()), Verdict.valueOf(r.value3()), r.value4(), r.value5(),
                        r.value6()), Collectors.toList())));
        return db.select(CHANGE_REQUEST.ID, CHANGE_REQUEST.PROJECT_ID, CHANGE_REQUEST.PROPOSED_COST,
                        CHANGE_REQUEST.PROPOSED_END, CHANGE_REQUEST.REASON, CHANGE_REQUEST.STATUS,
                        CHANGE_REQUEST.OPENED_AT, CHANGE_REQUEST.CLOSED_AT)
                .from(CHANGE_REQUEST)
                .where(condition)
                .orderBy(CHANGE_REQUEST.OPENED_AT.desc(), CHANGE_REQUEST.ID.desc())
                .fetch(r -> new ChangeRequest(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        ChangeRequestStatus.valueOf(r.value6()), r.value7(), r.value8(),
                        reviews.getOrDefault(r.value1(), List.of())));
    }

    /** Who gave which verdict on a change request, by aspect. */
    Map<ReviewAspect, Long> reviewersOf(long changeRequestId) {
        return db.select(CHANGE_REQUEST_REVIEW.ASPECT, CHANGE_REQUEST_REVIEW.REVIEWER_ID)
                .from(CHANGE_REQUEST_REVIEW)
                .where(CHANGE_REQUEST_REVIEW.CHANGE_REQUEST_ID.eq(changeRequestId))
                .fetchMap(r -> ReviewAspect.valueOf(r.value1()), r -> r.value2());
    }

    void addReview(long changeRequestId, ReviewAspect aspect, Verdict verdict, String rationale, long reviewerId,
            Instant now) {
        db.insertInto(CHANGE_REQUEST_REVIEW)
                .set(CHANGE_REQUEST_REVIEW.CHANGE_REQUEST_ID, changeRequestId)
                .set(CHANGE_REQUEST_REVIEW.ASPECT, aspect.name())
                .set(CHANGE_REQUEST_REVIEW.VERDICT, verdict.name())
                .set(CHANGE_REQUEST_REVIEW.RATIONALE, rationale)
                .set(CHANGE_REQUEST_REVIEW.REVIEWER_ID, reviewerId)
                .set(CHANGE_REQUEST_REVIEW.GIVEN_AT, now)
                .execute();
    }

    void closeChangeRequest(long id, ChangeRequestStatus outcome, Long baselineId, Instant now) {
        db.update(CHANGE_REQUEST)
                .set(CHANGE_REQUEST.STATUS, outcome.name())
                .set(CHANGE_REQUEST.CLOSED_AT, now)
                .set(CHANGE_REQUEST.BASELINE_ID, baselineId)
                .where(CHANGE_REQUEST.ID.eq(id))
                .execute();
    }
}
