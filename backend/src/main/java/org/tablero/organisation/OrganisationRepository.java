package org.tablero.organisation;

import static org.tablero.db.Tables.ORGANISATION;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record7;
import org.jooq.Records;
import org.jooq.SelectSelectStep;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class OrganisationRepository {

    private final DSLContext db;

    OrganisationRepository(DSLContext db) {
        this.db = db;
    }

    /** The subtree below (and including) the organisation with this path, parents before children. */
    List<Organisation> subtree(String path) {
        return select().from(ORGANISATION).where(ORGANISATION.PATH.startsWith(path))
                .orderBy(ORGANISATION.PATH).fetch(Records.mapping(OrganisationRepository::toOrganisation));
    }

    boolean any() {
        return db.fetchExists(ORGANISATION);
    }

    Optional<Organisation> find(long id) {
        return select().from(ORGANISATION).where(ORGANISATION.ID.eq(id))
                .fetchOptional(Records.mapping(OrganisationRepository::toOrganisation));
    }

    boolean codeTaken(String code, Long exceptId) {
        var sameCode = ORGANISATION.CODE.eq(code);
        return db.fetchExists(ORGANISATION, exceptId == null ? sameCode : sameCode.and(ORGANISATION.ID.ne(exceptId)));
    }

    long insert(OrganisationInput input, String parentPath, Instant now) {
        long id = db.insertInto(ORGANISATION)
                .set(ORGANISATION.CODE, input.code())
                .set(ORGANISATION.NAME, input.name())
                .set(ORGANISATION.LEVEL, input.level().name())
                .set(ORGANISATION.PARENT_ID, input.parentId())
                // the real path needs the generated id; it is set right below
                .set(ORGANISATION.PATH, "/")
                .set(ORGANISATION.CREATED_AT, now)
                .set(ORGANISATION.UPDATED_AT, now)
                .returningResult(ORGANISATION.ID)
                .fetchOne(r -> r.value1());
        db.update(ORGANISATION).set(ORGANISATION.PATH, parentPath + id + "/").where(ORGANISATION.ID.eq(id)).execute();
        return id;
    }

    /** @return false when the row's version is no longer {@code expectedVersion} */
    boolean update(long id, int expectedVersion, OrganisationInput input, Instant now) {
        return db.update(ORGANISATION)
                .set(ORGANISATION.CODE, input.code())
                .set(ORGANISATION.NAME, input.name())
                .set(ORGANISATION.LEVEL, input.level().name())
                .set(ORGANISATION.PARENT_ID, input.parentId())
                .set(ORGANISATION.UPDATED_AT, now)
                .set(ORGANISATION.VERSION, ORGANISATION.VERSION.plus(1))
                .where(ORGANISATION.ID.eq(id).and(ORGANISATION.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    /** Moves a subtree: every path that starts with {@code oldPrefix} gets {@code newPrefix} instead. */
    void movePaths(String oldPrefix, String newPrefix) {
        db.update(ORGANISATION)
                .set(ORGANISATION.PATH, DSL.concat(DSL.inline(newPrefix),
                        DSL.substring(ORGANISATION.PATH, oldPrefix.length() + 1)))
                .where(ORGANISATION.PATH.startsWith(oldPrefix))
                .execute();
    }

    private SelectSelectStep<Record7<Long, String, String, String, Long, String, Integer>> select() {
        return db.select(ORGANISATION.ID, ORGANISATION.CODE, ORGANISATION.NAME, ORGANISATION.LEVEL,
                ORGANISATION.PARENT_ID, ORGANISATION.PATH, ORGANISATION.VERSION);
    }

    private static Organisation toOrganisation(Long id, String code, String name, String level, Long parentId,
            String path, Integer version) {
        return new Organisation(id, code, name, OrganisationLevel.valueOf(level), parentId, path, version);
    }
}
