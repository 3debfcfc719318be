package org.tablero.monitoring;

import static org.tablero.db.Tables.PROJECT;
import static org.tablero.db.Tables.RISK_RATING;

import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Repository;

/** The digital authority's ratings, and the latest one kept on the project row. */
@Repository
class RatingRepository {

    private final DSLContext db;

    RatingRepository(DSLContext db) {
        this.db = db;
    }

    /** Newest first. */
    List<RiskRating> ratingsOf(long projectId) {
        return db.select(RISK_RATING.ID, RISK_RATING.PROJECT_ID, RISK_RATING.RATING, RISK_RATING.COMMENT,
                        RISK_RATING.RATED_AT)
                .from(RISK_RATING)
                .where(RISK_RATING.PROJECT_ID.eq(projectId))
                .orderBy(RISK_RATING.RATED_AT.desc(), RISK_RATING.ID.desc())
                .fetch(Records.mapping(RiskRating::new));
    }

    void insert(long projectId, int rating, String comment, long userId, Instant now) {
        db.insertInto(RISK_RATING)
                .set(RISK_RATING.PROJECT_ID, projectId)
                .set(RISK_RATING.RATING, rating)
                .set(RISK_RATING.COMMENT, comment)
                .set(RISK_RATING.RATED_BY, userId)
                .set(RISK_RATING.RATED_AT, now)
                .execute();
        db.update(PROJECT)
                .set(PROJECT.RATING, rating)
                .set(PROJECT.RATED_AT, now)
                .where(PROJECT.ID.eq(projectId))
                .execute();
    }
}
