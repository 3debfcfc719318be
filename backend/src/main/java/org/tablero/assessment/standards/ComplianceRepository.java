package org.tablero.assessment.standards;

import static org.tablero.db.Tables.PROJECT_OWNER;
import static org.tablero.db.Tables.REVIEW;
import static org.tablero.db.Tables.REVIEW_ROUND;
import static org.tablero.db.Tables.STANDARD;
import static org.tablero.db.Tables.STANDARDS_ASSESSMENT;
import static org.tablero.db.Tables.STANDARD_COMPLIANCE;

import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Repository;
import org.tablero.approval.ReviewAspect;
import org.tablero.common.ConcurrentEditException;
import org.tablero.project.ProjectService;

/** Projects' standards assessments. Callers check access; the gate and the check read through it too. */
@Repository
class ComplianceRepository {

    private final DSLContext db;
    private final CatalogueRepository catalogues;

    ComplianceRepository(DSLContext db, CatalogueRepository catalogues) {
        this.db = db;
        this.catalogues = catalogues;
    }

    /** The project's assessment: on its fixed catalogue version, or on the current one before any save. */
    ComplianceAssessment load(long projectId) {
        record Header(long catalogueId, int version) {}
        Optional<Header> header = db.select(STANDARDS_ASSESSMENT.CATALOGUE_ID, STANDARDS_ASSESSMENT.VERSION)
                .from(STANDARDS_ASSESSMENT)
                .where(STANDARDS_ASSESSMENT.PROJECT_ID.eq(projectId))
                .fetchOptional(r -> new Header(r.value1(), r.value2()));
        CatalogueVersion catalogue = header.map(h -> catalogues.byId(h.catalogueId()).orElseThrow())
                .orElseGet(catalogues::current);
        var rows = db.select(STANDARD.CODE, STANDARD.POSITION, STANDARD.MANDATORY, STANDARD.NAME_EN,
                        STANDARD.NAME_ES, STANDARD.NAME_PT, STANDARD.DESCRIPTION_EN, STANDARD.DESCRIPTION_ES,
                        STANDARD.DESCRIPTION_PT, STANDARD_COMPLIANCE.SELF_OUTCOME, STANDARD_COMPLIANCE.EVIDENCE,
                        STANDARD_COMPLIANCE.SELF_ASSESSED_AT, STANDARD_COMPLIANCE.REVIEWER_OUTCOME,
                        STANDARD_COMPLIANCE.REVIEWER_NOTE, STANDARD_COMPLIANCE.REVIEWED_AT, STANDARD_COMPLIANCE.WAIVED,
                        STANDARD_COMPLIANCE.WAIVER_JUSTIFICATION, STANDARD_COMPLIANCE.WAIVED_AT)
                .from(STANDARD)
                .leftJoin(STANDARD_COMPLIANCE).on(STANDARD_COMPLIANCE.STANDARD_ID.eq(STANDARD.ID)
                        .and(STANDARD_COMPLIANCE.PROJECT_ID.eq(projectId)))
                .where(STANDARD.CATALOGUE_ID.eq(catalogue.id()))
                .orderBy(STANDARD.POSITION)
                .fetch(r -> new StandardCompliance(r.value1(), r.value2(), r.value3(),
                        new Translated(r.value4(), r.value5(), r.value6()),
                        new Translated(r.value7(), r.value8(), r.value9()),
                        outcome(r.value10()), r.value11(), r.value12(), outcome(r.value13()), r.value14(),
                        r.value15(), Boolean.TRUE.equals(r.value16()), r.value17(), r.value18()));
        return new ComplianceAssessment(projectId, catalogue, header.isPresent(),
                header.map(Header::version).orElse(0), rows);
    }

    boolean isOwner(long projectId, long userId) {
        return db.fetchExists(PROJECT_OWNER,
                PROJECT_OWNER.PROJECT_ID.eq(projectId).and(PROJECT_OWNER.USER_ID.eq(userId)));
    }

    /** Whether the digital authority's verdict on standards and risk is already given in the open round. */
    boolean standardsVerdictGiven(long projectId) {
        return db.fetchExists(db.selectOne().from(REVIEW)
                .join(REVIEW_ROUND).on(REVIEW_ROUND.ID.eq(REVIEW.ROUND_ID))
                .where(REVIEW_ROUND.PROJECT_ID.eq(projectId)
                        .and(REVIEW_ROUND.CLOSED_AT.isNull())
                        .and(REVIEW.ASPECT.eq(ReviewAspect.STANDARDS_AND_RISK.name()))));
    }

    /**
     * Takes the assessment's lock for one change: bumps its version if it is still {@code expectedVersion}, or
     * creates it on the catalogue version given when it does not exist yet (expected version 0).
     *
     * @throws ConcurrentEditException when someone else changed or created it since it was loaded
     */
    void lock(long projectId, int expectedVersion, long catalogueId, Instant now) {
        boolean locked;
        if (expectedVersion == 0) {
            try {
                locked = db.insertInto(STANDARDS_ASSESSMENT)
                        .set(STANDARDS_ASSESSMENT.PROJECT_ID, projectId)
                        .set(STANDARDS_ASSESSMENT.CATALOGUE_ID, catalogueId)
                        .set(STANDARDS_ASSESSMENT.VERSION, 1)
                        .set(STANDARDS_ASSESSMENT.CREATED_AT, now)
                        .set(STANDARDS_ASSESSMENT.UPDATED_AT, now)
                        .execute() == 1;
            } catch (DataIntegrityViolationException | IntegrityConstraintViolationException alreadyCreated) {
                locked = false;
            }
        } else {
            locked = db.update(STANDARDS_ASSESSMENT)
                    .set(STANDARDS_ASSESSMENT.VERSION, STANDARDS_ASSESSMENT.VERSION.plus(1))
                    .set(STANDARDS_ASSESSMENT.UPDATED_AT, now)
                    .where(STANDARDS_ASSESSMENT.PROJECT_ID.eq(projectId)
                            .and(STANDARDS_ASSESSMENT.VERSION.eq(expectedVersion)))
                    .execute() == 1;
        }
        if (!locked) {
            throw new ConcurrentEditException(ProjectService.AUDIT_TYPE, projectId);
        }
    }

    /**
     * Writes the owner's new outcome of one standard. An existing standard loses the reviewer's outcome and any
     * waiver: they judged something else.
     */
    void saveSelfAssessment(long projectId, long standardId, ComplianceOutcome outcome, String evidence,
            long userId, Instant now) {
        boolean exists = db.fetchExists(STANDARD_COMPLIANCE, STANDARD_COMPLIANCE.PROJECT_ID.eq(projectId)
                .and(STANDARD_COMPLIANCE.STANDARD_ID.eq(standardId)));
        if (!exists) {
            db.insertInto(STANDARD_COMPLIANCE)
                    .set(STANDARD_COMPLIANCE.PROJECT_ID, projectId)
                    .set(STANDARD_COMPLIANCE.STANDARD_ID, standardId)
                    .set(STANDARD_COMPLIANCE.SELF_OUTCOME, outcome.name())
                    .set(STANDARD_COMPLIANCE.EVIDENCE, evidence)
                    .set(STANDARD_COMPLIANCE.SELF_ASSESSED_BY, userId)
                    .set(STANDARD_COMPLIANCE.SELF_ASSESSED_AT, now)
                    .set(STANDARD_COMPLIANCE.WAIVED, false)
                    .execute();
        } else {
            db.update(STANDARD_COMPLIANCE)
                    .set(STANDARD_COMPLIANCE.SELF_OUTCOME, outcome.name())
                    .set(STANDARD_COMPLIANCE.EVIDENCE, evidence)
                    .set(STANDARD_COMPLIANCE.SELF_ASSESSED_BY, userId)
                    .set(STANDARD_COMPLIANCE.SELF_ASSESSED_AT, now)
                    .setNull(STANDARD_COMPLIANCE.REVIEWER_OUTCOME)
                    .setNull(STANDARD_COMPLIANCE.REVIEWER_NOTE)
                    .setNull(STANDARD_COMPLIANCE.REVIEWED_BY)
                    .setNull(STANDARD_COMPLIANCE.REVIEWED_AT)
                    .set(STANDARD_COMPLIANCE.WAIVED, false)
                    .setNull(STANDARD_COMPLIANCE.WAIVER_JUSTIFICATION)
                    .setNull(STANDARD_COMPLIANCE.WAIVED_BY)
                    .setNull(STANDARD_COMPLIANCE.WAIVED_AT)
                    .where(STANDARD_COMPLIANCE.PROJECT_ID.eq(projectId)
                            .and(STANDARD_COMPLIANCE.STANDARD_ID.eq(standardId)))
                    .execute();
        }
    }

    /** The reviewer's outcome; an outcome that makes a waiver pointless (met, not applicable) drops it. */
    void saveReview(long projectId, long standardId, ComplianceOutcome outcome, String note, long userId,
            Instant now) {
        var update = db.update(STANDARD_COMPLIANCE)
                .set(STANDARD_COMPLIANCE.REVIEWER_OUTCOME, outcome.name())
                .set(STANDARD_COMPLIANCE.REVIEWER_NOTE, note)
                .set(STANDARD_COMPLIANCE.REVIEWED_BY, userId)
                .set(STANDARD_COMPLIANCE.REVIEWED_AT, now);
        if (outcome == ComplianceOutcome.MET || outcome == ComplianceOutcome.NOT_APPLICABLE) {
            update = update.set(STANDARD_COMPLIANCE.WAIVED, false)
                    .setNull(STANDARD_COMPLIANCE.WAIVER_JUSTIFICATION)
                    .setNull(STANDARD_COMPLIANCE.WAIVED_BY)
                    .setNull(STANDARD_COMPLIANCE.WAIVED_AT);
        }
        update.where(STANDARD_COMPLIANCE.PROJECT_ID.eq(projectId).and(STANDARD_COMPLIANCE.STANDARD_ID.eq(standardId)))
                .execute();
    }

    /** Grants a waiver with its justification, or revokes it (justification null). */
    void saveWaiver(long projectId, long standardId, String justification, long userId, Instant now) {
        boolean granted = justification != null;
        db.update(STANDARD_COMPLIANCE)
                .set(STANDARD_COMPLIANCE.WAIVED, granted)
                .set(STANDARD_COMPLIANCE.WAIVER_JUSTIFICATION, justification)
                .set(STANDARD_COMPLIANCE.WAIVED_BY, granted ? userId : null)
                .set(STANDARD_COMPLIANCE.WAIVED_AT, granted ? now : null)
                .where(STANDARD_COMPLIANCE.PROJECT_ID.eq(projectId).and(STANDARD_COMPLIANCE.STANDARD_ID.eq(standardId)))
                .execute();
    }

    private static ComplianceOutcome outcome(String name) {
        return name == null ? null : ComplianceOutcome.valueOf(name);
    }
}
