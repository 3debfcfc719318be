package org.tablero.assessment.standards;

import static org.tablero.db.Tables.APP_USER;
import static org.tablero.db.Tables.STANDARD;
import static org.tablero.db.Tables.STANDARD_CATALOGUE;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record5;
import org.jooq.Records;
import org.jooq.SelectOnConditionStep;
import org.springframework.stereotype.Repository;

@Repository
class CatalogueRepository {

    private final DSLContext db;

    CatalogueRepository(DSLContext db) {
        this.db = db;
    }

    /** Newest first. */
    List<CatalogueVersion> versions() {
        return versionQuery().orderBy(STANDARD_CATALOGUE.NUMBER.desc()).fetch(Records.mapping(CatalogueVersion::new));
    }

    /** The version with the highest number: the migrations install version 1, so there always is one. */
    CatalogueVersion current() {
        return versionQuery().orderBy(STANDARD_CATALOGUE.NUMBER.desc()).limit(1)
                .fetchOne(Records.mapping(CatalogueVersion::new));
    }

    Optional<CatalogueVersion> byNumber(int number) {
        return version(STANDARD_CATALOGUE.NUMBER.eq(number));
    }

    Optional<CatalogueVersion> byId(long id) {
        return version(STANDARD_CATALOGUE.ID.eq(id));
    }

    Catalogue catalogue(CatalogueVersion version) {
        return new Catalogue(version, standardsOf(version.id()));
    }

    List<Standard> standardsOf(long catalogueId) {
        return db.select(STANDARD.ID, STANDARD.CODE, STANDARD.POSITION, STANDARD.MANDATORY, STANDARD.NAME_EN,
                        STANDARD.NAME_ES, STANDARD.NAME_PT, STANDARD.DESCRIPTION_EN, STANDARD.DESCRIPTION_ES,
                        STANDARD.DESCRIPTION_PT)
                .from(STANDARD)
                .where(STANDARD.CATALOGUE_ID.eq(catalogueId))
                .orderBy(STANDARD.POSITION)
                .fetch(r -> new Standard(r.value1(), r.value2(), r.value3(), r.value4(),
                        new Translated(r.value5(), r.value6(), r.value7()),
                        new Translated(r.value8(), r.value9(), r.value10())));
    }

    /** Inserts a version and its standards, positions 1, 2, ... in the order given. */
    long insert(int number, Instant publishedAt, long publishedBy, String note, List<StandardInput> standards) {
        long id = db.insertInto(STANDARD_CATALOGUE)
                .set(STANDARD_CATALOGUE.NUMBER, number)
                .set(STANDARD_CATALOGUE.PUBLISHED_AT, publishedAt)
                .set(STANDARD_CATALOGUE.PUBLISHED_BY, publishedBy)
                .set(STANDARD_CATALOGUE.NOTE, note)
                .returningResult(STANDARD_CATALOGUE.ID)
                .fetchOne(r -> r.value1());
        var insert = db.insertInto(STANDARD, STANDARD.CATALOGUE_ID, STANDARD.CODE, STANDARD.POSITION,
                STANDARD.MANDATORY, STANDARD.NAME_EN, STANDARD.NAME_ES, STANDARD.NAME_PT, STANDARD.DESCRIPTION_EN,
                STANDARD.DESCRIPTION_ES, STANDARD.DESCRIPTION_PT);
        for (int i = 0; i < standards.size(); i++) {
            StandardInput standard = standards.get(i);
            Translated name = standard.name();
            Translated description = standard.description() == null ? new Translated(null, null, null)
                    : standard.description();
            insert = insert.values(id, standard.code().strip(), i + 1, standard.mandatory(), name.en().strip(),
                    name.es().strip(), name.pt().strip(), ComplianceRules.clean(description.en()),
                    ComplianceRules.clean(description.es()), ComplianceRules.clean(description.pt()));
        }
        insert.execute();
        return id;
    }

    private Optional<CatalogueVersion> version(Condition condition) {
        return versionQuery().where(condition).fetchOptional(Records.mapping(CatalogueVersion::new));
    }

    private SelectOnConditionStep<Record5<Long, Integer, Instant, String, String>> versionQuery() {
        return db.select(STANDARD_CATALOGUE.ID, STANDARD_CATALOGUE.NUMBER, STANDARD_CATALOGUE.PUBLISHED_AT,
                        APP_USER.DISPLAY_NAME, STANDARD_CATALOGUE.NOTE)
                .from(STANDARD_CATALOGUE)
                .leftJoin(APP_USER).on(APP_USER.ID.eq(STANDARD_CATALOGUE.PUBLISHED_BY));
    }
}
