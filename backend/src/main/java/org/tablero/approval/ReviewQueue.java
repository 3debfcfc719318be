package org.tablero.approval;

import static org.tablero.db.Tables.ORGANISATION;
import static org.tablero.db.Tables.PROJECT;
import static org.tablero.db.Tables.PROJECT_OWNER;
import static org.tablero.db.Tables.REVIEW;
import static org.tablero.db.Tables.REVIEW_ROUND;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Select;
import org.jooq.impl.DSL;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tablero.identity.CurrentUser;
import org.tablero.identity.Role;
import org.tablero.identity.TableroUser;
import org.tablero.project.ProjectStatus;

/**
 * "Waiting for my review": the open rounds of the user's subtree whose aspect of the user's role has no
 * verdict yet, leaving out projects the user owns and rounds in which they already judged; for the board,
 * the projects waiting for its decision. Oldest first.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ReviewQueue {

    private final DSLContext db;

    ReviewQueue(DSLContext db) {
        this.db = db;
    }

    @Transactional(readOnly = true)
    public List<QueueItem> waitingForCurrentUser() {
        TableroUser user = CurrentUser.get();
        List<QueueItem> items = new ArrayList<>();
        for (ReviewAspect aspect : ReviewAspect.values()) {
            if (user.hasRole(aspect.reviewer())) {
                items.addAll(waitingForReview(user, aspect));
            }
        }
        if (user.hasRole(Role.STRATEGIC_BOARD)) {
            items.addAll(waitingForBoard(user));
        }
        items.sort(Comparator.comparing(QueueItem::waitingSince));
        return items;
    }

    private List<QueueItem> waitingForReview(TableroUser user, ReviewAspect aspect) {
        var review = REVIEW.as("aspect_review");
        var mine = REVIEW.as("my_review");
        return db.select(PROJECT.ID, PROJECT.CODE, PROJECT.TITLE, ORGANISATION.NAME, REVIEW_ROUND.NUMBER,
                        REVIEW_ROUND.OPENED_AT)
                .from(REVIEW_ROUND)
                .join(PROJECT).on(PROJECT.ID.eq(REVIEW_ROUND.PROJECT_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(PROJECT.ORGANISATION_ID))
                .where(REVIEW_ROUND.CLOSED_AT.isNull())
                .and(PROJECT.STATUS.eq(ProjectStatus.IN_REVIEW.name()))
                .and(ORGANISATION.PATH.startsWith(user.organisationPath()))
                .andNotExists(DSL.selectOne().from(review)
                        .where(review.ROUND_ID.eq(REVIEW_ROUND.ID).and(review.ASPECT.eq(aspect.name()))))
                .andNotExists(DSL.selectOne().from(mine)
                        .where(mine.ROUND_ID.eq(REVIEW_ROUND.ID).and(mine.REVIEWER_ID.eq(user.id()))))
                .andNotExists(ownedBy(user))
                .fetch(r -> new QueueItem(r.value1(), r.value2(), r.value3(), r.value4(), aspect, r.value5(),
                        r.value6()));
    }

    private List<QueueItem> waitingForBoard(TableroUser user) {
        return db.select(PROJECT.ID, PROJECT.CODE, PROJECT.TITLE, ORGANISATION.NAME, REVIEW_ROUND.NUMBER,
                        REVIEW_ROUND.CLOSED_AT)
                .from(PROJECT)
                .join(ORGANISATION).on(ORGANISATION.ID.eq(PROJECT.ORGANISATION_ID))
                .join(REVIEW_ROUND).on(REVIEW_ROUND.PROJECT_ID.eq(PROJECT.ID)
                        .and(REVIEW_ROUND.OUTCOME.eq(ProjectStatus.BOARD_REVIEW.name())))
                .where(PROJECT.STATUS.eq(ProjectStatus.BOARD_REVIEW.name()))
                .and(ORGANISATION.PATH.startsWith(user.organisationPath()))
                .andNotExists(ownedBy(user))
                .fetch(r -> new QueueItem(r.value1(), r.value2(), r.value3(), r.value4(), null, r.value5(),
                        r.value6()));
    }

    private static Select<?> ownedBy(TableroUser user) {
        return DSL.selectOne().from(PROJECT_OWNER)
                .where(PROJECT_OWNER.PROJECT_ID.eq(PROJECT.ID).and(PROJECT_OWNER.USER_ID.eq(user.id())));
    }
}
