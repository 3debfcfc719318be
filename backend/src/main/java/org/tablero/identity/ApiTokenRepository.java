package org.tablero.identity;

import static org.tablero.db.Tables.API_TOKEN;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Repository;

@Repository
class ApiTokenRepository {

    private final DSLContext db;

    ApiTokenRepository(DSLContext db) {
        this.db = db;
    }

    long insert(long userId, String name, String hash, String prefix, Instant now) {
        return db.insertInto(API_TOKEN)
                .set(API_TOKEN.USER_ID, userId)
                .set(API_TOKEN.NAME, name)
                .set(API_TOKEN.TOKEN_HASH, hash)
                .set(API_TOKEN.TOKEN_PREFIX, prefix)
                .set(API_TOKEN.CREATED_AT, now)
                .returningResult(API_TOKEN.ID)
                .fetchOne(r -> r.value1());
    }

    List<ApiToken> ofUser(long userId) {
        return db.select(API_TOKEN.ID, API_TOKEN.NAME, API_TOKEN.TOKEN_PREFIX, API_TOKEN.CREATED_AT,
                        API_TOKEN.LAST_USED_AT, API_TOKEN.REVOKED_AT)
                .from(API_TOKEN)
                .where(API_TOKEN.USER_ID.eq(userId))
                .orderBy(API_TOKEN.CREATED_AT.desc())
                .fetch(Records.mapping(ApiToken::new));
    }

    /** The user id of an active token with this hash. */
    Optional<Long> activeUserOf(String hash) {
        return db.select(API_TOKEN.USER_ID).from(API_TOKEN)
                .where(API_TOKEN.TOKEN_HASH.eq(hash).and(API_TOKEN.REVOKED_AT.isNull()))
                .fetchOptional(r -> r.value1());
    }

    void touch(String hash, Instant now) {
        db.update(API_TOKEN).set(API_TOKEN.LAST_USED_AT, now).where(API_TOKEN.TOKEN_HASH.eq(hash)).execute();
    }

    /** @return false when the user has no active token with this id */
    boolean revoke(long tokenId, long userId, Instant now) {
        return db.update(API_TOKEN).set(API_TOKEN.REVOKED_AT, now)
                .where(API_TOKEN.ID.eq(tokenId).and(API_TOKEN.USER_ID.eq(userId)).and(API_TOKEN.REVOKED_AT.isNull()))
                .execute() == 1;
    }
}
