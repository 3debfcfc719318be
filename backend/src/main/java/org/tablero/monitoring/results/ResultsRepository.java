package org.tablero.monitoring.results;

import static org.tablero.db.Tables.KPI;
import static org.tablero.db.Tables.KPI_MEASUREMENT;
import static org.tablero.db.Tables.PROJECT_CLOSURE;
import static org.tablero.db.Tables.UX_MEASUREMENT;
import static org.tablero.db.Tables.VALUE_YEAR;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record6;
import org.jooq.Record9;
import org.jooq.Records;
import org.jooq.SelectConditionStep;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class ResultsRepository {

    /** Each KPI's latest measurement, joined to it. */
    private static final org.tablero.db.tables.KpiMeasurement LATEST = KPI_MEASUREMENT.as("latest");
    private static final Field<Integer> MEASUREMENT_COUNT = DSL.field(DSL.selectCount().from(KPI_MEASUREMENT)
            .where(KPI_MEASUREMENT.KPI_ID.eq(KPI.ID))).as("measurement_count");

    private final DSLContext db;

    ResultsRepository(DSLContext db) {
        this.db = db;
    }

    /** Ordered by target date; statuses judged as of {@code asOf}. */
    List<Kpi> kpisOf(long projectId, LocalDate asOf) {
        return selectKpis(KPI.PROJECT_ID.eq(projectId)).orderBy(KPI.TARGET_DATE, KPI.ID)
                .fetch(record -> kpi(record, asOf));
    }

    Optional<Kpi> findKpi(long projectId, long kpiId, LocalDate asOf) {
        return selectKpis(KPI.ID.eq(kpiId).and(KPI.PROJECT_ID.eq(projectId)))
                .fetchOptional(record -> kpi(record, asOf));
    }

    private SelectConditionStep<? extends Record> selectKpis(Condition where) {
        return db.select(KPI.ID, KPI.PROJECT_ID, KPI.NAME, KPI.UNIT, KPI.BASELINE_VALUE, KPI.TARGET_VALUE,
                        KPI.TARGET_DATE, KPI.DIRECTION, LATEST.MEASURED_ON, LATEST.VALUE, MEASUREMENT_COUNT,
                        KPI.VERSION, KPI.CREATED_AT)
                .from(KPI)
                .leftJoin(LATEST).on(LATEST.KPI_ID.eq(KPI.ID).and(LATEST.MEASURED_ON.eq(
                        DSL.select(DSL.max(KPI_MEASUREMENT.MEASURED_ON)).from(KPI_MEASUREMENT)
                                .where(KPI_MEASUREMENT.KPI_ID.eq(KPI.ID)))))
                .where(where);
    }

    private static Kpi kpi(Record record, LocalDate asOf) {
        KpiDirection direction = KpiDirection.valueOf(record.get(KPI.DIRECTION));
        BigDecimal baseline = record.get(KPI.BASELINE_VALUE);
        BigDecimal target = record.get(KPI.TARGET_VALUE);
        LocalDate targetDate = record.get(KPI.TARGET_DATE);
        BigDecimal latest = record.get(LATEST.VALUE);
        return new Kpi(record.get(KPI.ID), record.get(KPI.PROJECT_ID), record.get(KPI.NAME), record.get(KPI.UNIT),
                baseline, target, targetDate, direction, record.get(LATEST.MEASURED_ON), latest,
                record.get(MEASUREMENT_COUNT), KpiStatus.of(direction, target, targetDate, latest, asOf),
                ResultsRules.progress(direction, baseline, target, latest), record.get(KPI.VERSION),
                record.get(KPI.CREATED_AT));
    }

    long insertKpi(long projectId, KpiInput input, Instant now) {
        return db.insertInto(KPI)
                .set(KPI.PROJECT_ID, projectId)
                .set(KPI.NAME, input.name().strip())
                .set(KPI.UNIT, input.unit().strip())
                .set(KPI.BASELINE_VALUE, input.baselineValue())
                .set(KPI.TARGET_VALUE, input.targetValue())
                .set(KPI.TARGET_DATE, input.targetDate())
                .set(KPI.DIRECTION, input.direction().name())
                .set(KPI.CREATED_AT, now)
                .returningResult(KPI.ID)
                .fetchOne(r -> r.value1());
    }

    /** @return false when the KPI's version is no longer {@code expectedVersion} */
    boolean updateKpi(long kpiId, int expectedVersion, KpiInput input) {
        return db.update(KPI)
                .set(KPI.NAME, input.name().strip())
                .set(KPI.UNIT, input.unit().strip())
                .set(KPI.BASELINE_VALUE, input.baselineValue())
                .set(KPI.TARGET_VALUE, input.targetValue())
                .set(KPI.TARGET_DATE, input.targetDate())
                .set(KPI.DIRECTION, input.direction().name())
                .set(KPI.VERSION, KPI.VERSION.plus(1))
                .where(KPI.ID.eq(kpiId).and(KPI.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    /** @return false when the KPI's version is no longer {@code expectedVersion} */
    boolean deleteKpi(long kpiId, int expectedVersion) {
        return db.deleteFrom(KPI).where(KPI.ID.eq(kpiId).and(KPI.VERSION.eq(expectedVersion))).execute() == 1;
    }

    /** Oldest first. */
    List<KpiMeasurement> measurementsOf(long kpiId) {
        return selectMeasurements().where(KPI_MEASUREMENT.KPI_ID.eq(kpiId)).orderBy(KPI_MEASUREMENT.MEASURED_ON)
                .fetch(Records.mapping(KpiMeasurement::new));
    }

    KpiMeasurement measurement(long id) {
        return selectMeasurements().where(KPI_MEASUREMENT.ID.eq(id)).fetchSingle(Records.mapping(KpiMeasurement::new));
    }

    private SelectJoinStep<Record6<Long, Long, LocalDate, BigDecimal, String, Instant>>
            selectMeasurements() {
        return db.select(KPI_MEASUREMENT.ID, KPI_MEASUREMENT.KPI_ID, KPI_MEASUREMENT.MEASURED_ON,
                KPI_MEASUREMENT.VALUE, KPI_MEASUREMENT.NOTE, KPI_MEASUREMENT.RECORDED_AT).from(KPI_MEASUREMENT);
    }

    boolean measuredOn(long kpiId, LocalDate day) {
        return db.fetchExists(KPI_MEASUREMENT, KPI_MEASUREMENT.KPI_ID.eq(kpiId)
                .and(KPI_MEASUREMENT.MEASURED_ON.eq(day)));
    }

    long insertMeasurement(long kpiId, KpiMeasurementInput input, long userId, Instant now) {
        return db.insertInto(KPI_MEASUREMENT)
                .set(KPI_MEASUREMENT.KPI_ID, kpiId)
                .set(KPI_MEASUREMENT.MEASURED_ON, input.measuredOn())
                .set(KPI_MEASUREMENT.VALUE, input.value())
                .set(KPI_MEASUREMENT.NOTE, blankToNull(input.note()))
                .set(KPI_MEASUREMENT.RECORDED_BY, userId)
                .set(KPI_MEASUREMENT.RECORDED_AT, now)
                .returningResult(KPI_MEASUREMENT.ID)
                .fetchOne(r -> r.value1());
    }

    /** Oldest period first. */
    List<UxMeasurement> uxMeasurementsOf(long projectId) {
        return selectUx().where(UX_MEASUREMENT.PROJECT_ID.eq(projectId)).orderBy(UX_MEASUREMENT.PERIOD)
                .fetch(Records.mapping(UxMeasurement::of));
    }

    UxMeasurement uxMeasurement(long id) {
        return selectUx().where(UX_MEASUREMENT.ID.eq(id)).fetchSingle(Records.mapping(UxMeasurement::of));
    }

    private SelectJoinStep<Record9<Long, Long, LocalDate, Integer, Integer, BigDecimal,
            BigDecimal, BigDecimal, Instant>> selectUx() {
        return db.select(UX_MEASUREMENT.ID, UX_MEASUREMENT.PROJECT_ID, UX_MEASUREMENT.PERIOD,
                UX_MEASUREMENT.SATISFIED_RESPONSES, UX_MEASUREMENT.RESPONSES, UX_MEASUREMENT.COMPLETION_RATE,
                UX_MEASUREMENT.DIGITAL_TAKE_UP, UX_MEASUREMENT.COST_PER_TRANSACTION, UX_MEASUREMENT.RECORDED_AT)
                .from(UX_MEASUREMENT);
    }

    boolean uxRecordedFor(long projectId, LocalDate period) {
        return db.fetchExists(UX_MEASUREMENT, UX_MEASUREMENT.PROJECT_ID.eq(projectId)
                .and(UX_MEASUREMENT.PERIOD.eq(period)));
    }

    long insertUxMeasurement(long projectId, UxMeasurementInput input, long userId, Instant now) {
        return db.insertInto(UX_MEASUREMENT)
                .set(UX_MEASUREMENT.PROJECT_ID, projectId)
                .set(UX_MEASUREMENT.PERIOD, input.period())
                .set(UX_MEASUREMENT.SATISFIED_RESPONSES, input.satisfiedResponses())
                .set(UX_MEASUREMENT.RESPONSES, input.responses())
                .set(UX_MEASUREMENT.COMPLETION_RATE, input.completionRate())
                .set(UX_MEASUREMENT.DIGITAL_TAKE_UP, input.digitalTakeUp())
                .set(UX_MEASUREMENT.COST_PER_TRANSACTION, input.costPerTransaction())
                .set(UX_MEASUREMENT.RECORDED_BY, userId)
                .set(UX_MEASUREMENT.RECORDED_AT, now)
                .returningResult(UX_MEASUREMENT.ID)
                .fetchOne(r -> r.value1());
    }

    Optional<Closure> closureOf(long projectId) {
        BigDecimal planned = plannedBenefits(projectId);
        return db.select(PROJECT_CLOSURE.PROJECT_ID, PROJECT_CLOSURE.REALISED_BENEFITS, PROJECT_CLOSURE.BENEFITS_SUMMARY,
                        PROJECT_CLOSURE.LESSONS_LEARNED, PROJECT_CLOSURE.CLOSED_AT)
                .from(PROJECT_CLOSURE)
                .where(PROJECT_CLOSURE.PROJECT_ID.eq(projectId))
                .fetchOptional(Records.mapping((id, realised, summary, lessons, closedAt) ->
                        Closure.of(id, realised, planned, summary, lessons, closedAt)));
    }

    /** The sum of the yearly benefits of the project's value proposition, zero when it has none. */
    BigDecimal plannedBenefits(long projectId) {
        BigDecimal sum = db.select(DSL.sum(VALUE_YEAR.BENEFIT)).from(VALUE_YEAR)
                .where(VALUE_YEAR.PROJECT_ID.eq(projectId)).fetchOne(r -> r.value1());
        return (sum == null ? BigDecimal.ZERO : sum).setScale(2, RoundingMode.UNNECESSARY);
    }

    void insertClosure(long projectId, ClosureInput input, long userId, Instant now) {
        db.insertInto(PROJECT_CLOSURE)
                .set(PROJECT_CLOSURE.PROJECT_ID, projectId)
                .set(PROJECT_CLOSURE.REALISED_BENEFITS, input.realisedBenefits())
                .set(PROJECT_CLOSURE.BENEFITS_SUMMARY, input.benefitsSummary().strip())
                .set(PROJECT_CLOSURE.LESSONS_LEARNED, input.lessonsLearned().strip())
                .set(PROJECT_CLOSURE.CLOSED_BY, userId)
                .set(PROJECT_CLOSURE.CLOSED_AT, now)
                .execute();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
