package org.tablero.monitoring;

import static org.tablero.db.Tables.BASELINE;
import static org.tablero.db.Tables.MILESTONE;
import static org.tablero.db.Tables.PROGRESS_REPORT;
import static org.tablero.db.Tables.PROJECT;
import static org.tablero.db.Tables.REPORT_MILESTONE;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.tablero.db.tables.records.ProgressReportRecord;

/** Progress reports, their milestone dates, and the current figures they leave on the project row. */
@Repository
class ReportRepository {

    private final DSLContext db;

    ReportRepository(DSLContext db) {
        this.db = db;
    }

    /** Newest month first, and within a month the latest version first. */
    List<ProgressReport> reportsOf(long projectId, boolean withDrafts) {
        Condition visible = withDrafts ? DSL.noCondition()
                : PROGRESS_REPORT.STATUS.eq(ReportStatus.SUBMITTED.name());
        return reports(PROGRESS_REPORT.PROJECT_ID.eq(projectId).and(visible));
    }

    Optional<ProgressReport> report(long reportId) {
        return reports(PROGRESS_REPORT.ID.eq(reportId)).stream().findFirst();
    }

    /** Every version of one month, latest first. */
    List<ProgressReport> versionsOf(long projectId, YearMonth period) {
        return reports(PROGRESS_REPORT.PROJECT_ID.eq(projectId).and(PROGRESS_REPORT.PERIOD.eq(period.atDay(1))));
    }

    private List<ProgressReport> reports(Condition condition) {
        List<Record> rows = db.select(PROGRESS_REPORT.fields()).select(BASELINE.NUMBER)
                .from(PROGRESS_REPORT)
                .join(BASELINE).on(BASELINE.ID.eq(PROGRESS_REPORT.BASELINE_ID))
                .where(condition)
                .orderBy(PROGRESS_REPORT.PERIOD.desc(), PROGRESS_REPORT.VERSION.desc())
                .fetch();
        Map<Long, List<MilestoneDate>> milestones = milestoneDatesOf(
                rows.stream().map(row -> row.get(PROGRESS_REPORT.ID)).toList());
        return rows.stream().map(row -> toReport(row.into(PROGRESS_REPORT), row.get(BASELINE.NUMBER),
                milestones.getOrDefault(row.get(PROGRESS_REPORT.ID), List.of()))).toList();
    }

    private Map<Long, List<MilestoneDate>> milestoneDatesOf(Collection<Long> reportIds) {
        if (reportIds.isEmpty()) {
            return Map.of();
        }
        return db.select(REPORT_MILESTONE.REPORT_ID, REPORT_MILESTONE.MILESTONE_ID, REPORT_MILESTONE.ACTUAL_DATE)
                .from(REPORT_MILESTONE)
                .where(REPORT_MILESTONE.REPORT_ID.in(reportIds))
                .orderBy(REPORT_MILESTONE.MILESTONE_ID)
                .fetch().stream()
                .collect(Collectors.groupingBy(r -> r.value1(), Collectors.mapping(
                        r -> new MilestoneDate(r.value2(), r.value3()), Collectors.toList())));
    }

    private static ProgressReport toReport(ProgressReportRecord r, int baselineNumber, List<MilestoneDate> dates) {
        Variance.Cost cost = r.getCostColour() == null ? null : new Variance.Cost(
                r.getCostVariance(), r.getCostVariancePct(), VarianceColour.valueOf(r.getCostColour()));
        Variance.Schedule schedule = r.getScheduleColour() == null ? null : new Variance.Schedule(
                r.getScheduleVarianceDays(), r.getScheduleVariancePct(), VarianceColour.valueOf(r.getScheduleColour()));
        return new ProgressReport(r.getId(), r.getProjectId(), YearMonth.from(r.getPeriod()), r.getVersion(),
                ReportStatus.valueOf(r.getStatus()), r.getReportDate(), r.getSpendToDate(), r.getProjectedCost(),
                r.getProjectedEnd(), r.getPercentComplete(), r.getCompleted(), r.getActualEnd(),
                Confidence.valueOf(r.getConfidence()), r.getNarrative(), r.getCorrectionReason(), baselineNumber,
                cost, schedule, dates, r.getSubmittedAt(), r.getLockVersion());
    }

    /** The highest version of a month, submitted or not, if any. */
    Optional<ProgressReport> latestVersion(long projectId, YearMonth period) {
        return versionsOf(projectId, period).stream().findFirst();
    }

    long insert(long projectId, ProgressReportInput input, int version, LocalDate reportDate, long baselineId,
            String correctionReason, long userId, Instant now) {
        long id = db.insertInto(PROGRESS_REPORT)
                .set(PROGRESS_REPORT.PROJECT_ID, projectId)
                .set(PROGRESS_REPORT.PERIOD, input.period().atDay(1))
                .set(PROGRESS_REPORT.VERSION, version)
                .set(PROGRESS_REPORT.STATUS, ReportStatus.DRAFT.name())
                .set(PROGRESS_REPORT.REPORT_DATE, reportDate)
                .set(figures(input))
                .set(PROGRESS_REPORT.CORRECTION_REASON, correctionReason)
                .set(PROGRESS_REPORT.BASELINE_ID, baselineId)
                .set(PROGRESS_REPORT.CREATED_BY, userId)
                .set(PROGRESS_REPORT.CREATED_AT, now)
                .returningResult(PROGRESS_REPORT.ID)
                .fetchOne(r -> r.value1());
        insertMilestoneDates(id, input.milestones());
        return id;
    }

    /** Changes a draft; @return false when it is no longer the draft of version {@code expectedLockVersion}. */
    boolean updateDraft(long reportId, int expectedLockVersion, ProgressReportInput input, LocalDate reportDate,
            long baselineId) {
        boolean updated = db.update(PROGRESS_REPORT)
                .set(figures(input))
                .set(PROGRESS_REPORT.REPORT_DATE, reportDate)
                .set(PROGRESS_REPORT.BASELINE_ID, baselineId)
                .set(PROGRESS_REPORT.LOCK_VERSION, PROGRESS_REPORT.LOCK_VERSION.plus(1))
                .where(PROGRESS_REPORT.ID.eq(reportId)
                        .and(PROGRESS_REPORT.STATUS.eq(ReportStatus.DRAFT.name()))
                        .and(PROGRESS_REPORT.LOCK_VERSION.eq(expectedLockVersion)))
                .execute() == 1;
        if (updated) {
            db.deleteFrom(REPORT_MILESTONE).where(REPORT_MILESTONE.REPORT_ID.eq(reportId)).execute();
            insertMilestoneDates(reportId, input.milestones());
        }
        return updated;
    }

    private static Map<Field<?>, Object> figures(ProgressReportInput input) {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(PROGRESS_REPORT.SPEND_TO_DATE, input.spendToDate());
        values.put(PROGRESS_REPORT.PROJECTED_COST, input.projectedCost());
        values.put(PROGRESS_REPORT.PROJECTED_END, input.projectedEnd());
        values.put(PROGRESS_REPORT.PERCENT_COMPLETE, input.percentComplete());
        values.put(PROGRESS_REPORT.COMPLETED, input.completed());
        values.put(PROGRESS_REPORT.ACTUAL_END, input.completed() ? input.actualEnd() : null);
        values.put(PROGRESS_REPORT.CONFIDENCE, input.confidence().name());
        values.put(PROGRESS_REPORT.NARRATIVE, input.narrative().strip());
        return values;
    }

    private void insertMilestoneDates(long reportId, List<MilestoneDate> dates) {
        for (MilestoneDate date : dates) {
            db.insertInto(REPORT_MILESTONE)
                    .set(REPORT_MILESTONE.REPORT_ID, reportId)
                    .set(REPORT_MILESTONE.MILESTONE_ID, date.milestoneId())
                    .set(REPORT_MILESTONE.ACTUAL_DATE, date.actualDate())
                    .execute();
        }
    }

    /** Locks a draft as submitted with its variance; @return false when it is no longer that draft. */
    boolean submit(long reportId, int expectedLockVersion, Variance.Cost cost, Variance.Schedule schedule,
            long userId, Instant now) {
        return db.update(PROGRESS_REPORT)
                .set(PROGRESS_REPORT.STATUS, ReportStatus.SUBMITTED.name())
                .set(PROGRESS_REPORT.COST_VARIANCE, cost.amount())
                .set(PROGRESS_REPORT.COST_VARIANCE_PCT, cost.percent())
                .set(PROGRESS_REPORT.COST_COLOUR, cost.colour().name())
                .set(PROGRESS_REPORT.SCHEDULE_VARIANCE_DAYS, Math.toIntExact(schedule.days()))
                .set(PROGRESS_REPORT.SCHEDULE_VARIANCE_PCT, schedule.percent())
                .set(PROGRESS_REPORT.SCHEDULE_COLOUR, schedule.colour().name())
                .set(PROGRESS_REPORT.SUBMITTED_BY, userId)
                .set(PROGRESS_REPORT.SUBMITTED_AT, now)
                .set(PROGRESS_REPORT.LOCK_VERSION, PROGRESS_REPORT.LOCK_VERSION.plus(1))
                .where(PROGRESS_REPORT.ID.eq(reportId)
                        .and(PROGRESS_REPORT.STATUS.eq(ReportStatus.DRAFT.name()))
                        .and(PROGRESS_REPORT.LOCK_VERSION.eq(expectedLockVersion)))
                .execute() == 1;
    }

    /** The report that gives the project's current figures (the latest version of its latest month), if any. */
    Optional<ProgressReport> currentReport(long projectId) {
        return reports(PROGRESS_REPORT.ID.eq(
                DSL.select(PROJECT.LAST_REPORT_ID).from(PROJECT).where(PROJECT.ID.eq(projectId))))
                .stream().findFirst();
    }

    /** Makes a submitted report the source of the project's current figures (never bumps the project version). */
    void makeCurrent(ProgressReport report) {
        db.update(PROJECT)
                .set(PROJECT.LAST_REPORT_ID, report.id())
                .set(PROJECT.LAST_REPORT_DATE, report.reportDate())
                .set(PROJECT.COST_VARIANCE_PCT, report.costVariance().percent())
                .set(PROJECT.COST_COLOUR, report.costVariance().colour().name())
                .set(PROJECT.SCHEDULE_VARIANCE_DAYS, Math.toIntExact(report.scheduleVariance().days()))
                .set(PROJECT.SCHEDULE_COLOUR, report.scheduleVariance().colour().name())
                .where(PROJECT.ID.eq(report.projectId()))
                .execute();
    }

    Optional<LocalDate> executionStarted(long projectId) {
        return db.select(PROJECT.EXECUTION_STARTED).from(PROJECT).where(PROJECT.ID.eq(projectId))
                .fetchOptional(r -> r.value1());
    }

    List<Milestone> milestonesOf(long projectId) {
        Map<Long, LocalDate> reached = db.select(REPORT_MILESTONE.MILESTONE_ID, REPORT_MILESTONE.ACTUAL_DATE)
                .from(REPORT_MILESTONE)
                .join(PROJECT).on(PROJECT.LAST_REPORT_ID.eq(REPORT_MILESTONE.REPORT_ID))
                .where(PROJECT.ID.eq(projectId))
                .fetchMap(r -> r.value1(), r -> r.value2());
        return db.select(MILESTONE.ID, MILESTONE.POSITION, MILESTONE.NAME, MILESTONE.PLANNED_DATE)
                .from(MILESTONE)
                .where(MILESTONE.PROJECT_ID.eq(projectId))
                .orderBy(MILESTONE.POSITION)
                .fetch(r -> new Milestone(r.value1(), r.value2(), r.value3(), r.value4(), reached.get(r.value1())));
    }

    void replaceMilestones(long projectId, List<MilestoneInput> milestones) {
        db.deleteFrom(MILESTONE).where(MILESTONE.PROJECT_ID.eq(projectId)).execute();
        int position = 0;
        for (MilestoneInput milestone : milestones) {
            db.insertInto(MILESTONE)
                    .set(MILESTONE.PROJECT_ID, projectId)
                    .set(MILESTONE.POSITION, ++position)
                    .set(MILESTONE.NAME, milestone.name().strip())
                    .set(MILESTONE.PLANNED_DATE, milestone.plannedDate())
                    .execute();
        }
    }
}
