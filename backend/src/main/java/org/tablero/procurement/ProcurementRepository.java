package org.tablero.procurement;

import static org.tablero.db.Tables.ORGANISATION;
import static org.tablero.db.Tables.PROCUREMENT_CONTRACT;
import static org.tablero.db.Tables.PROCUREMENT_STRATEGY;
import static org.tablero.db.Tables.PROJECT;
import static org.tablero.db.Tables.PROJECT_INFRASTRUCTURE;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record10;
import org.jooq.Record6;
import org.jooq.Records;
import org.jooq.SelectSelectStep;
import org.springframework.stereotype.Repository;
import org.tablero.project.Infrastructure;
import org.tablero.project.PolicyArea;
import org.tablero.project.ProjectStatus;

@Repository
class ProcurementRepository {

    private final DSLContext db;

    ProcurementRepository(DSLContext db) {
        this.db = db;
    }


    Optional<ProcurementStrategy> strategyOf(long projectId) {
        return selectStrategy().from(PROCUREMENT_STRATEGY).where(PROCUREMENT_STRATEGY.PROJECT_ID.eq(projectId))
                .fetchOptional(Records.mapping(ProcurementStrategy::new));
    }

    /** The strategy as last committed, locked until the transaction ends (for a save that may insert it). */
    Optional<ProcurementStrategy> strategyForUpdate(long projectId) {
        return selectStrategy().from(PROCUREMENT_STRATEGY).where(PROCUREMENT_STRATEGY.PROJECT_ID.eq(projectId))
                .forUpdate()
                .fetchOptional(Records.mapping(ProcurementStrategy::new));
    }

    private SelectSelectStep<Record6<Long, ProcurementMethod, JointProcurement, String, Integer, Instant>>
            selectStrategy() {
        return db.select(PROCUREMENT_STRATEGY.PROJECT_ID,
                PROCUREMENT_STRATEGY.METHOD.convertFrom(ProcurementMethod::valueOf),
                PROCUREMENT_STRATEGY.JOINT_PROCUREMENT.convertFrom(JointProcurement::valueOf),
                PROCUREMENT_STRATEGY.RATIONALE, PROCUREMENT_STRATEGY.VERSION, PROCUREMENT_STRATEGY.UPDATED_AT);
    }

    void insertStrategy(long projectId, ProcurementStrategyInput input, Instant now) {
        db.insertInto(PROCUREMENT_STRATEGY)
                .set(PROCUREMENT_STRATEGY.PROJECT_ID, projectId)
                .set(PROCUREMENT_STRATEGY.METHOD, input.method().name())
                .set(PROCUREMENT_STRATEGY.JOINT_PROCUREMENT, input.jointProcurement().name())
                .set(PROCUREMENT_STRATEGY.RATIONALE, input.rationale().strip())
                .set(PROCUREMENT_STRATEGY.UPDATED_AT, now)
                .execute();
    }

    /** @return false when the strategy's version is no longer {@code expectedVersion} */
    boolean updateStrategy(long projectId, int expectedVersion, ProcurementStrategyInput input, Instant now) {
        return db.update(PROCUREMENT_STRATEGY)
                .set(PROCUREMENT_STRATEGY.METHOD, input.method().name())
                .set(PROCUREMENT_STRATEGY.JOINT_PROCUREMENT, input.jointProcurement().name())
                .set(PROCUREMENT_STRATEGY.RATIONALE, input.rationale().strip())
                .set(PROCUREMENT_STRATEGY.UPDATED_AT, now)
                .set(PROCUREMENT_STRATEGY.VERSION, PROCUREMENT_STRATEGY.VERSION.plus(1))
                .where(PROCUREMENT_STRATEGY.PROJECT_ID.eq(projectId)
                        .and(PROCUREMENT_STRATEGY.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    /** Ordered by start date. */
    List<Contract> contractsOf(long projectId) {
        return selectContract().from(PROCUREMENT_CONTRACT).where(PROCUREMENT_CONTRACT.PROJECT_ID.eq(projectId))
                .orderBy(PROCUREMENT_CONTRACT.START_DATE, PROCUREMENT_CONTRACT.ID)
                .fetch(Records.mapping(Contract::new));
    }

    Optional<Contract> findContract(long projectId, long contractId) {
        return selectContract().from(PROCUREMENT_CONTRACT)
                .where(PROCUREMENT_CONTRACT.ID.eq(contractId).and(PROCUREMENT_CONTRACT.PROJECT_ID.eq(projectId)))
                .fetchOptional(Records.mapping(Contract::new));
    }

    private SelectSelectStep<Record10<Long, Long, String, BigDecimal, LocalDate, LocalDate,
            String, Integer, Instant, Instant>> selectContract() {
        return db.select(PROCUREMENT_CONTRACT.ID, PROCUREMENT_CONTRACT.PROJECT_ID, PROCUREMENT_CONTRACT.SUPPLIER,
                PROCUREMENT_CONTRACT.AMOUNT, PROCUREMENT_CONTRACT.START_DATE, PROCUREMENT_CONTRACT.END_DATE,
                PROCUREMENT_CONTRACT.OCID, PROCUREMENT_CONTRACT.VERSION, PROCUREMENT_CONTRACT.CREATED_AT,
                PROCUREMENT_CONTRACT.UPDATED_AT);
    }

    long insertContract(long projectId, ContractInput input, Instant now) {
        return db.insertInto(PROCUREMENT_CONTRACT)
                .set(PROCUREMENT_CONTRACT.PROJECT_ID, projectId)
                .set(PROCUREMENT_CONTRACT.SUPPLIER, input.supplier().strip())
                .set(PROCUREMENT_CONTRACT.AMOUNT, input.value().setScale(2, RoundingMode.UNNECESSARY))
                .set(PROCUREMENT_CONTRACT.START_DATE, input.startDate())
                .set(PROCUREMENT_CONTRACT.END_DATE, input.endDate())
                .set(PROCUREMENT_CONTRACT.OCID, blankToNull(input.ocid()))
                .set(PROCUREMENT_CONTRACT.CREATED_AT, now)
                .set(PROCUREMENT_CONTRACT.UPDATED_AT, now)
                .returningResult(PROCUREMENT_CONTRACT.ID)
                .fetchOne(r -> r.value1());
    }

    /** @return false when the contract is gone or its version is no longer {@code expectedVersion} */
    boolean updateContract(long contractId, int expectedVersion, ContractInput input, Instant now) {
        return db.update(PROCUREMENT_CONTRACT)
                .set(PROCUREMENT_CONTRACT.SUPPLIER, input.supplier().strip())
                .set(PROCUREMENT_CONTRACT.AMOUNT, input.value().setScale(2, RoundingMode.UNNECESSARY))
                .set(PROCUREMENT_CONTRACT.START_DATE, input.startDate())
                .set(PROCUREMENT_CONTRACT.END_DATE, input.endDate())
                .set(PROCUREMENT_CONTRACT.OCID, blankToNull(input.ocid()))
                .set(PROCUREMENT_CONTRACT.UPDATED_AT, now)
                .set(PROCUREMENT_CONTRACT.VERSION, PROCUREMENT_CONTRACT.VERSION.plus(1))
                .where(PROCUREMENT_CONTRACT.ID.eq(contractId).and(PROCUREMENT_CONTRACT.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    /** @return false when the contract is gone or its version is no longer {@code expectedVersion} */
    boolean deleteContract(long contractId, int expectedVersion) {
        return db.deleteFrom(PROCUREMENT_CONTRACT)
                .where(PROCUREMENT_CONTRACT.ID.eq(contractId).and(PROCUREMENT_CONTRACT.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    /**
     * One row per project and item of its infrastructure, for the projects of the subtree whose status is not
     * one of {@code excludedStatuses}.
     */
    List<JointProcurementCandidate> jointProcurementCandidates(String scopePath,
            Collection<ProjectStatus> excludedStatuses) {
        return db.select(PROJECT.ID, PROJECT.CODE, PROJECT.TITLE, PROJECT.ORGANISATION_ID, ORGANISATION.NAME,
                        PROJECT.STATUS.convertFrom(ProjectStatus::valueOf),
                        PROJECT.POLICY_AREA.convertFrom(PolicyArea::valueOf),
                        PROJECT_INFRASTRUCTURE.INFRASTRUCTURE.convertFrom(Infrastructure::valueOf),
                        PROJECT.PLANNED_START, PROJECT.PLANNED_END,
                        PROCUREMENT_STRATEGY.METHOD.convertFrom(v -> v == null ? null : ProcurementMethod.valueOf(v)),
                        PROCUREMENT_STRATEGY.JOINT_PROCUREMENT.convertFrom(
                                v -> v == null ? null : JointProcurement.valueOf(v)))
                .from(PROJECT)
                .join(ORGANISATION).on(ORGANISATION.ID.eq(PROJECT.ORGANISATION_ID))
                .join(PROJECT_INFRASTRUCTURE).on(PROJECT_INFRASTRUCTURE.PROJECT_ID.eq(PROJECT.ID))
                .leftJoin(PROCUREMENT_STRATEGY).on(PROCUREMENT_STRATEGY.PROJECT_ID.eq(PROJECT.ID))
                .where(ORGANISATION.PATH.startsWith(scopePath))
                .and(PROJECT.STATUS.notIn(excludedStatuses.stream().map(ProjectStatus::name).toList()))
                .fetch(Records.mapping(JointProcurementCandidate::new));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
