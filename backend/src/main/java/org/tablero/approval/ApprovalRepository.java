package org.tablero.approval;

import static org.tablero.db.Tables.APP_USER;
import static org.tablero.db.Tables.LIFECYCLE_STEP;
import static org.tablero.db.Tables.PROJECT;
import static org.tablero.db.Tables.PROJECT_OWNER;
import static org.tablero.db.Tables.REVIEW;
import static org.tablero.db.Tables.REVIEW_ROUND;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.tablero.project.ProjectStatus;
import org.tablero.project.Tier;

@Repository
class ApprovalRepository {

    private final DSLContext db;

    ApprovalRepository(DSLContext db) {
        this.db = db;
    }

    boolean isOwner(long projectId, long userId) {
        return db.fetchExists(PROJECT_OWNER,
                PROJECT_OWNER.PROJECT_ID.eq(projectId).and(PROJECT_OWNER.USER_ID.eq(userId)));
    }

    /** Moves the project only if it is still in the expected status, so that two steps never cross. */
    boolean moveStatus(long projectId, ProjectStatus from, ProjectStatus to, Instant now) {
        return db.update(PROJECT)
                .set(PROJECT.STATUS, to.name())
                .set(PROJECT.VERSION, PROJECT.VERSION.plus(1))
                .set(PROJECT.UPDATED_AT, now)
                .where(PROJECT.ID.eq(projectId).and(PROJECT.STATUS.eq(from.name())))
                .execute() == 1;
    }

    long openRound(long projectId, Tier tier, long openedBy, Instant now, String assessments) {
        int number = db.select(DSL.coalesce(DSL.max(REVIEW_ROUND.NUMBER), 0))
                .from(REVIEW_ROUND).where(REVIEW_ROUND.PROJECT_ID.eq(projectId)).fetchOne(r -> r.value1()) + 1;
        return db.insertInto(REVIEW_ROUND)
                .set(REVIEW_ROUND.PROJECT_ID, projectId)
                .set(REVIEW_ROUND.NUMBER, number)
                .set(REVIEW_ROUND.TIER, tier.name())
                .set(REVIEW_ROUND.OPENED_AT, now)
                .set(REVIEW_ROUND.OPENED_BY, openedBy)
                .set(REVIEW_ROUND.ASSESSMENTS, assessments)
                .returningResult(REVIEW_ROUND.ID)
                .fetchOne(r -> r.value1());
    }

    Optional<Long> openRoundOf(long projectId) {
        return db.select(REVIEW_ROUND.ID).from(REVIEW_ROUND)
                .where(REVIEW_ROUND.PROJECT_ID.eq(projectId).and(REVIEW_ROUND.CLOSED_AT.isNull()))
                .fetchOptional(r -> r.value1());
    }

    /** Who reviewed which aspect in the round (user ids). */
    Map<ReviewAspect, Long> reviewersOf(long roundId) {
        return db.select(REVIEW.ASPECT, REVIEW.REVIEWER_ID).from(REVIEW).where(REVIEW.ROUND_ID.eq(roundId))
                .fetchMap(r -> ReviewAspect.valueOf(r.value1()), r -> r.value2());
    }

    Map<ReviewAspect, Verdict> verdictsOf(long roundId) {
        return db.select(REVIEW.ASPECT, REVIEW.VERDICT).from(REVIEW).where(REVIEW.ROUND_ID.eq(roundId))
                .fetchMap(r -> ReviewAspect.valueOf(r.value1()), r -> Verdict.valueOf(r.value2()));
    }

    void addReview(long roundId, ReviewAspect aspect, Verdict verdict, String rationale, long reviewerId,
            Instant now) {
        db.insertInto(REVIEW)
                .set(REVIEW.ROUND_ID, roundId)
                .set(REVIEW.ASPECT, aspect.name())
                .set(REVIEW.VERDICT, verdict.name())
                .set(REVIEW.RATIONALE, rationale)
                .set(REVIEW.REVIEWER_ID, reviewerId)
                .set(REVIEW.GIVEN_AT, now)
                .execute();
    }

    Tier tierOfRound(long roundId) {
        return db.select(REVIEW_ROUND.TIER).from(REVIEW_ROUND).where(REVIEW_ROUND.ID.eq(roundId))
                .fetchOne(r -> Tier.valueOf(r.value1()));
    }

    void closeRound(long roundId, ProjectStatus outcome, Instant now) {
        db.update(REVIEW_ROUND).set(REVIEW_ROUND.CLOSED_AT, now).set(REVIEW_ROUND.OUTCOME, outcome.name())
                .where(REVIEW_ROUND.ID.eq(roundId)).execute();
    }

    void addStep(long projectId, Action action, ProjectStatus from, ProjectStatus to, String rationale, Long actorId,
            Instant now) {
        db.insertInto(LIFECYCLE_STEP)
                .set(LIFECYCLE_STEP.PROJECT_ID, projectId)
                .set(LIFECYCLE_STEP.ACTION, action.name())
                .set(LIFECYCLE_STEP.FROM_STATUS, from.name())
                .set(LIFECYCLE_STEP.TO_STATUS, to.name())
                .set(LIFECYCLE_STEP.RATIONALE, rationale)
                .set(LIFECYCLE_STEP.ACTOR_ID, actorId)
                .set(LIFECYCLE_STEP.TAKEN_AT, now)
                .execute();
    }

    /** Oldest first. */
    List<ReviewRound> roundsOf(long projectId) {
        Map<Long, List<Review>> reviews = db.select(REVIEW.ROUND_ID, REVIEW.ASPECT, REVIEW.VERDICT, REVIEW.RATIONALE,
                        APP_USER.DISPLAY_NAME, REVIEW.GIVEN_AT)
                .from(REVIEW)
                .join(REVIEW_ROUND).on(REVIEW_ROUND.ID.eq(REVIEW.ROUND_ID))
                .join(APP_USER).on(APP_USER.ID.eq(REVIEW.REVIEWER_ID))
                .where(REVIEW_ROUND.PROJECT_ID.eq(projectId))
                .orderBy(REVIEW.GIVEN_AT)
                .fetch().stream()
                .collect(Collectors.groupingBy(r -> r.value1(), Collectors.mapping(r -> new Review(
                        ReviewAspect.valueOf(r.value2()), Verdict.valueOf(r.value3()), r.value4(), r.value5(),
                        r.value6()), Collectors.toList())));
        return db.select(REVIEW_ROUND.ID, REVIEW_ROUND.NUMBER, REVIEW_ROUND.TIER, REVIEW_ROUND.OPENED_AT,
                        REVIEW_ROUND.CLOSED_AT, REVIEW_ROUND.OUTCOME, REVIEW_ROUND.ASSESSMENTS)
                .from(REVIEW_ROUND)
                .where(REVIEW_ROUND.PROJECT_ID.eq(projectId))
                .orderBy(REVIEW_ROUND.NUMBER)
                .fetch(r -> new ReviewRound(r.value1(), r.value2(), Tier.valueOf(r.value3()), r.value4(), r.value5(),
                        r.value6() == null ? null : ProjectStatus.valueOf(r.value6()),
                        reviews.getOrDefault(r.value1(), List.of()), r.value7()));
    }

    /** Oldest first. */
    List<LifecycleStep> stepsOf(long projectId) {
        return db.select(LIFECYCLE_STEP.ACTION, LIFECYCLE_STEP.FROM_STATUS, LIFECYCLE_STEP.TO_STATUS,
                        LIFECYCLE_STEP.RATIONALE, APP_USER.DISPLAY_NAME, LIFECYCLE_STEP.TAKEN_AT)
                .from(LIFECYCLE_STEP)
                .leftJoin(APP_USER).on(APP_USER.ID.eq(LIFECYCLE_STEP.ACTOR_ID))
                .where(LIFECYCLE_STEP.PROJECT_ID.eq(projectId))
                .orderBy(LIFECYCLE_STEP.TAKEN_AT, LIFECYCLE_STEP.ID)
                .fetch(r -> new LifecycleStep(Action.valueOf(r.value1()), ProjectStatus.valueOf(r.value2()),
                        ProjectStatus.valueOf(r.value3()), r.value4(), r.value5(), r.value6()));
    }
}
