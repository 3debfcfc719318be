package org.tablero.identity;

import static org.tablero.db.Tables.APP_USER;
import static org.tablero.db.Tables.ORGANISATION;
import static org.tablero.db.Tables.USER_ROLE;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class UserRepository {

    private final DSLContext db;

    UserRepository(DSLContext db) {
        this.db = db;
    }

    Optional<TableroUser> findForLogin(String username) {
        return db.select(APP_USER.ID, APP_USER.USERNAME, APP_USER.DISPLAY_NAME, APP_USER.ORGANISATION_ID,
                        ORGANISATION.NAME, ORGANISATION.PATH, APP_USER.PASSWORD_HASH, APP_USER.ENABLED,
                        APP_USER.LOCKED_UNTIL)
                .from(APP_USER)
                .join(ORGANISATION).on(ORGANISATION.ID.eq(APP_USER.ORGANISATION_ID))
                .where(APP_USER.USERNAME.eq(username))
                .fetchOptional(r -> new TableroUser(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), rolesOf(r.value1()), r.value7(), r.value8(), r.value9()));
    }

    Set<Role> rolesOf(long userId) {
        List<Role> roles = db.select(USER_ROLE.ROLE).from(USER_ROLE).where(USER_ROLE.USER_ID.eq(userId))
                .fetch(r -> Role.valueOf(r.value1()));
        return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
    }

    /** Failed attempts so far, after counting this one. */
    int countFailedLogin(String username) {
        db.update(APP_USER).set(APP_USER.FAILED_LOGINS, APP_USER.FAILED_LOGINS.plus(1))
                .where(APP_USER.USERNAME.eq(username)).execute();
        return db.select(APP_USER.FAILED_LOGINS).from(APP_USER).where(APP_USER.USERNAME.eq(username))
                .fetchOptional(r -> r.value1()).orElse(0);
    }

    void lock(String username, Instant until) {
        db.update(APP_USER).set(APP_USER.LOCKED_UNTIL, until).set(APP_USER.FAILED_LOGINS, 0)
                .where(APP_USER.USERNAME.eq(username)).execute();
    }

    void clearFailedLogins(String username) {
        db.update(APP_USER).set(APP_USER.FAILED_LOGINS, 0).setNull(APP_USER.LOCKED_UNTIL)
                .where(APP_USER.USERNAME.eq(username).and(APP_USER.FAILED_LOGINS.gt(0)
                        .or(APP_USER.LOCKED_UNTIL.isNotNull())))
                .execute();
    }

    List<UserAccount> page(String organisationPath, String text, int offset, int limit) {
        List<Record> rows = db.select(APP_USER.fields()).select(ORGANISATION.NAME)
                .from(APP_USER)
                .join(ORGANISATION).on(ORGANISATION.ID.eq(APP_USER.ORGANISATION_ID))
                .where(scope(organisationPath, text))
                .orderBy(APP_USER.USERNAME)
                .offset(offset).limit(limit)
                .fetch();
        Map<Long, Set<Role>> roles = rolesOf(rows.stream().map(r -> r.get(APP_USER.ID)).toList());
        return rows.stream().map(r -> toAccount(r, roles.getOrDefault(r.get(APP_USER.ID), Set.of()))).toList();
    }

    int count(String organisationPath, String text) {
        return db.fetchCount(db.select(APP_USER.ID).from(APP_USER)
                .join(ORGANISATION).on(ORGANISATION.ID.eq(APP_USER.ORGANISATION_ID))
                .where(scope(organisationPath, text)));
    }

    Optional<UserAccount> find(long id) {
        return db.select(APP_USER.fields()).select(ORGANISATION.NAME)
                .from(APP_USER)
                .join(ORGANISATION).on(ORGANISATION.ID.eq(APP_USER.ORGANISATION_ID))
                .where(APP_USER.ID.eq(id))
                .fetchOptional(r -> toAccount(r, rolesOf(id)));
    }

    Optional<String> usernameOf(long id) {
        return db.select(APP_USER.USERNAME).from(APP_USER).where(APP_USER.ID.eq(id)).fetchOptional(r -> r.value1());
    }

    Optional<String> organisationPathOfUser(long id) {
        return db.select(ORGANISATION.PATH).from(APP_USER)
                .join(ORGANISATION).on(ORGANISATION.ID.eq(APP_USER.ORGANISATION_ID))
                .where(APP_USER.ID.eq(id)).fetchOptional(r -> r.value1());
    }

    boolean usernameTaken(String username, Long exceptId) {
        Condition sameName = APP_USER.USERNAME.eq(username);
        return db.fetchExists(APP_USER, exceptId == null ? sameName : sameName.and(APP_USER.ID.ne(exceptId)));
    }

    long insert(UserInput input, String passwordHash, Instant now) {
        long id = db.insertInto(APP_USER)
                .set(APP_USER.USERNAME, input.username())
                .set(APP_USER.DISPLAY_NAME, input.displayName())
                .set(APP_USER.EMAIL, input.email())
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .set(APP_USER.ORGANISATION_ID, input.organisationId())
                .set(APP_USER.ENABLED, input.enabled())
                .set(APP_USER.CREATED_AT, now)
                .set(APP_USER.UPDATED_AT, now)
                .returningResult(APP_USER.ID)
                .fetchOne(r -> r.value1());
        replaceRoles(id, input.roles());
        return id;
    }

    /** @return false when the row's version is no longer {@code expectedVersion} */
    boolean update(long id, int expectedVersion, UserInput input, String newPasswordHash, Instant now) {
        var update = db.update(APP_USER)
                .set(APP_USER.USERNAME, input.username())
                .set(APP_USER.DISPLAY_NAME, input.displayName())
                .set(APP_USER.EMAIL, input.email())
                .set(APP_USER.ORGANISATION_ID, input.organisationId())
                .set(APP_USER.ENABLED, input.enabled())
                .set(APP_USER.UPDATED_AT, now)
                .set(APP_USER.VERSION, APP_USER.VERSION.plus(1));
        if (newPasswordHash != null) {
            update = update.set(APP_USER.PASSWORD_HASH, newPasswordHash);
        }
        boolean updated = update.where(APP_USER.ID.eq(id).and(APP_USER.VERSION.eq(expectedVersion))).execute() == 1;
        if (updated) {
            replaceRoles(id, input.roles());
        }
        return updated;
    }

    private void replaceRoles(long userId, Set<Role> roles) {
        db.deleteFrom(USER_ROLE).where(USER_ROLE.USER_ID.eq(userId)).execute();
        for (Role role : roles) {
            db.insertInto(USER_ROLE).set(USER_ROLE.USER_ID, userId).set(USER_ROLE.ROLE, role.name()).execute();
        }
    }

    private Map<Long, Set<Role>> rolesOf(List<Long> userIds) {
        return db.select(USER_ROLE.USER_ID, USER_ROLE.ROLE).from(USER_ROLE).where(USER_ROLE.USER_ID.in(userIds))
                .fetchGroups(USER_ROLE.USER_ID, r -> Role.valueOf(r.get(USER_ROLE.ROLE)))
                .entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> Set.copyOf(e.getValue())));
    }

    private static Condition scope(String organisationPath, String text) {
        Condition condition = ORGANISATION.PATH.startsWith(organisationPath);
        if (text != null && !text.isBlank()) {
            condition = condition.and(DSL.or(APP_USER.USERNAME.containsIgnoreCase(text),
                    APP_USER.DISPLAY_NAME.containsIgnoreCase(text), APP_USER.EMAIL.containsIgnoreCase(text)));
        }
        return condition;
    }

    private static UserAccount toAccount(Record r, Set<Role> roles) {
        return new UserAccount(r.get(APP_USER.ID), r.get(APP_USER.USERNAME), r.get(APP_USER.DISPLAY_NAME),
                r.get(APP_USER.EMAIL), r.get(APP_USER.ORGANISATION_ID), r.get(ORGANISATION.NAME), roles,
                r.get(APP_USER.ENABLED), r.get(APP_USER.LOCKED_UNTIL), r.get(APP_USER.VERSION));
    }
}
