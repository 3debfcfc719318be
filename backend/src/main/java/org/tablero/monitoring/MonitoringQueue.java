package org.tablero.monitoring;

import static org.tablero.db.Tables.CHANGE_REQUEST;
import static org.tablero.db.Tables.CHANGE_REQUEST_REVIEW;
import static org.tablero.db.Tables.ORGANISATION;
import static org.tablero.db.Tables.PROJECT;
import static org.tablero.db.Tables.PROJECT_OWNER;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Select;
import org.jooq.impl.DSL;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tablero.approval.ReviewAspect;
import org.tablero.identity.CurrentUser;
import org.tablero.identity.TableroUser;
import org.tablero.project.ProjectStatus;

/**
 * The monitoring work waiting for the current user within their organisation subtree, oldest first: last month's
 * reports not yet filed (officers), projects not rated this month (digital authority), and change requests
 * waiting for the verdict of the user's role (digital authority, budget office), never on their own projects.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class MonitoringQueue {

    private final DSLContext db;

    MonitoringQueue(DSLContext db) {
        this.db = db;
    }

    /** Projects in execution whose report for last month is missing. */
    @PreAuthorize("hasRole('AGENCY_OFFICER')")
    @Transactional(readOnly = true)
    public List<DueItem> reportsDue() {
        LocalDate lastMonthEnd = YearMonth.now().minusMonths(1).atEndOfMonth();
        Field<LocalDate> since = DSL.coalesce(PROJECT.LAST_REPORT_DATE, PROJECT.EXECUTION_STARTED);
        return db.select(PROJECT.ID, PROJECT.CODE, PROJECT.TITLE, ORGANISATION.NAME, since)
                .from(PROJECT).join(ORGANISATION).on(ORGANISATION.ID.eq(PROJECT.ORGANISATION_ID))
                .where(ORGANISATION.PATH.startsWith(CurrentUser.get().organisationPath()))
                .and(PROJECT.STATUS.eq(ProjectStatus.IN_EXECUTION.name()))
                .and(PROJECT.LAST_REPORT_DATE.isNull().or(PROJECT.LAST_REPORT_DATE.lt(lastMonthEnd)))
                .orderBy(since.asc().nullsFirst(), PROJECT.CODE)
                .fetch(r -> new DueItem(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), null));
    }

    /** Projects in execution or on hold not rated since this month began. */
    @PreAuthorize("hasRole('DIGITAL_AUTHORITY')")
    @Transactional(readOnly = true)
    public List<DueItem> ratingsDue() {
        TableroUser user = CurrentUser.get();
        LocalDate monthStart = YearMonth.now().atDay(1);
        return db.select(PROJECT.ID, PROJECT.CODE, PROJECT.TITLE, ORGANISATION.NAME, PROJECT.RATED_AT,
                        PROJECT.EXECUTION_STARTED)
                .from(PROJECT).join(ORGANISATION).on(ORGANISATION.ID.eq(PROJECT.ORGANISATION_ID))
                .where(ORGANISATION.PATH.startsWith(user.organisationPath()))
                .and(PROJECT.STATUS.in(ProjectStatus.IN_EXECUTION.name(), ProjectStatus.ON_HOLD.name()))
                .and(PROJECT.RATED_AT.isNull().or(PROJECT.RATED_AT.lt(monthStart.atStartOfDay(ZoneOffset.UTC)
                        .toInstant())))
                .andNotExists(ownedBy(user))
                .orderBy(PROJECT.RATED_AT.asc().nullsFirst(), PROJECT.CODE)
                .fetch(r -> new DueItem(r.value1(), r.value2(), r.value3(), r.value4(), r.value5() == null
                        ? r.value6() : r.value5().atZone(ZoneOffset.UTC).toLocalDate(), null));
    }

    /** Open change requests still lacking the verdict of an aspect the user reviews, in which they gave none. */
    @Transactional(readOnly = true)
    public List<DueItem> changeRequestsWaiting() {
        TableroUser user = CurrentUser.get();
        List<String> aspects = BaselineService.CHANGE_ASPECTS.stream()
                .filter(aspect -> user.hasRole(aspect.reviewer())).map(ReviewAspect::name).toList();
        if (aspects.isEmpty()) {
            return List.of();
        }
        var given = CHANGE_REQUEST_REVIEW.as("given");
        return db.select(PROJECT.ID, PROJECT.CODE, PROJECT.TITLE, ORGANISATION.NAME, CHANGE_REQUEST.OPENED_AT,
                        CHANGE_REQUEST.ID)
                .from(CHANGE_REQUEST)
                .join(PROJECT).on(PROJECT.ID.eq(CHANGE_REQUEST.PROJECT_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(PROJECT.ORGANISATION_ID))
                .where(CHANGE_REQUEST.STATUS.eq(ChangeRequestStatus.OPEN.name()))
                .and(ORGANISATION.PATH.startsWith(user.organisationPath()))
                .and(DSL.selectCount().from(given).where(given.CHANGE_REQUEST_ID.eq(CHANGE_REQUEST.ID)
                        .and(given.ASPECT.in(aspects))).asField().lt(aspects.size()))
                .andNotExists(DSL.selectOne().from(given).where(given.CHANGE_REQUEST_ID.eq(CHANGE_REQUEST.ID)
                        .and(given.REVIEWER_ID.eq(user.id()))))
                .andNotExists(ownedBy(user))
                .orderBy(CHANGE_REQUEST.OPENED_AT)
                .fetch(r -> new DueItem(r.value1(), r.value2(), r.value3(), r.value4(),
                        r.value5().atZone(ZoneOffset.UTC).toLocalDate(), r.value6()));
    }

    private static Select<?> ownedBy(TableroUser user) {
        return DSL.selectOne().from(PROJECT_OWNER)
                .where(PROJECT_OWNER.PROJECT_ID.eq(PROJECT.ID).and(PROJECT_OWNER.USER_ID.eq(user.id())));
    }
}
