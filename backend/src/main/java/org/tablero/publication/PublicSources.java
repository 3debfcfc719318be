package org.tablero.publication;

import static org.tablero.db.Tables.ALGORITHMIC_TRANSPARENCY;
import static org.tablero.db.Tables.APP_USER;
import static org.tablero.db.Tables.BASELINE;
import static org.tablero.db.Tables.CHANGE_REQUEST;
import static org.tablero.db.Tables.CONFIDENTIAL_FIELD;
import static org.tablero.db.Tables.KPI;
import static org.tablero.db.Tables.KPI_MEASUREMENT;
import static org.tablero.db.Tables.LIFECYCLE_STEP;
import static org.tablero.db.Tables.MILESTONE;
import static org.tablero.db.Tables.ORGANISATION;
import static org.tablero.db.Tables.PROCUREMENT_CONTRACT;
import static org.tablero.db.Tables.PROCUREMENT_STRATEGY;
import static org.tablero.db.Tables.PROGRESS_REPORT;
import static org.tablero.db.Tables.PROJECT;
import static org.tablero.db.Tables.PROJECT_CLOSURE;
import static org.tablero.db.Tables.REPORT_MILESTONE;
import static org.tablero.db.Tables.REVIEW;
import static org.tablero.db.Tables.REVIEW_ROUND;
import static org.tablero.db.Tables.RISK;
import static org.tablero.db.Tables.RISK_RATING;
import static org.tablero.db.Tables.STANDARD;
import static org.tablero.db.Tables.STANDARD_CATALOGUE;
import static org.tablero.db.Tables.STANDARD_COMPLIANCE;
import static org.tablero.db.Tables.UX_MEASUREMENT;
import static org.tablero.db.Tables.VALUE_PROPOSITION;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.tablero.approval.Action;
import org.tablero.approval.ReviewAspect;
import org.tablero.approval.Verdict;
import org.tablero.assessment.risk.RiskCategory;
import org.tablero.assessment.risk.RiskLevel;
import org.tablero.assessment.risk.RiskStatus;
import org.tablero.assessment.standards.ComplianceOutcome;
import org.tablero.db.tables.AppUser;
import org.tablero.db.tables.Organisation;
import org.tablero.db.tables.ProgressReport;
import org.tablero.monitoring.Confidence;
import org.tablero.monitoring.VarianceColour;
import org.tablero.organisation.OrganisationTree;
import org.tablero.procurement.JointProcurement;
import org.tablero.procurement.ProcurementMethod;
import org.tablero.project.Category;
import org.tablero.project.DeliveryApproach;
import org.tablero.project.FundingSource;
import org.tablero.project.PolicyArea;
import org.tablero.project.ProjectStatus;
import org.tablero.project.TextSearch;
import org.tablero.project.Tier;

/** The queries of the public datasets (see {@link Source}); each row becomes a record through {@link Disclosure}. */
final class PublicSources {

    /** The status of a submitted progress report: only those are public. */
    static final String SUBMITTED = "SUBMITTED";

    /**
     * A project is public from its first submission (domain.md): any status but a draft, and a cancelled project
     * only if it was ever submitted (a review round exists).
     */
    static final Condition PUBLIC_PROJECT = PROJECT.STATUS.ne(ProjectStatus.DRAFT.name())
            .and(PROJECT.STATUS.ne(ProjectStatus.CANCELLED.name())
                    .or(DSL.exists(DSL.selectOne().from(REVIEW_ROUND).where(REVIEW_ROUND.PROJECT_ID.eq(PROJECT.ID)))));

    private static final AppUser PERSON = APP_USER.as("person");
    private static final Organisation PERSON_ORGANISATION = ORGANISATION.as("person_organisation");
    private static final ProgressReport LATER = PROGRESS_REPORT.as("later");

    private PublicSources() {}

    /** The day from which a project in execution without a later report (or start) is stale. */
    static Field<LocalDate> lastActivity() {
        return DSL.coalesce(PROJECT.LAST_REPORT_DATE, PROJECT.EXECUTION_STARTED, PROJECT.PLANNED_START);
    }

    static Condition stale(LocalDate staleBefore) {
        return PROJECT.STATUS.eq(ProjectStatus.IN_EXECUTION.name()).and(lastActivity().lt(staleBefore));
    }

    /** Code, title, or a summary that is not withheld: a search never finds a project by a withheld text. */
    static Condition text(String text) {
        Condition summaryShown = DSL.notExists(DSL.selectOne().from(CONFIDENTIAL_FIELD)
                .where(CONFIDENTIAL_FIELD.PROJECT_ID.eq(PROJECT.ID)
                        .and(CONFIDENTIAL_FIELD.FIELD_KEY.eq(ConfidentialField.PROJECT_SUMMARY.name()))));
        return TextSearch.matchingShown(text, summaryShown);
    }

    static final Source<PublicProject> PROJECTS = new Source<>(
            List.of(PROJECT.ID, PROJECT.CODE, PROJECT.TITLE, PROJECT.SUMMARY, PROJECT.ORGANISATION_ID, PROJECT.CATEGORY, PROJECT.POLICY_AREA, PROJECT.DELIVERY_APPROACH,
                    PROJECT.ITERATION_WEEKS, PROJECT.USES_AI, PROJECT.AI_DECIDES_ABOUT_PEOPLE, PROJECT.FUNDING_SOURCE,
                    PROJECT.TIER, PROJECT.STATUS, PROJECT.LIFECYCLE_COST, PROJECT.PLANNED_START, PROJECT.PLANNED_END,
                    PROJECT.BASELINE_COST, PROJECT.BASELINE_END, PROJECT.REBASELINES, PROJECT.EXECUTION_STARTED,
                    PROJECT.LAST_REPORT_DATE, PROJECT.COST_VARIANCE_PCT, PROJECT.COST_COLOUR,
                    PROJECT.SCHEDULE_VARIANCE_DAYS, PROJECT.SCHEDULE_COLOUR, PROJECT.RATING, PROJECT.RATED_AT,
                    PROJECT.UPDATED_AT),
            PROJECT,
            DSL.noCondition(),
            List.of(PROJECT.ID),
            Map.ofEntries(Map.entry("code", PROJECT.CODE), Map.entry("title", PROJECT.TITLE),
                    Map.entry("status", PROJECT.STATUS), Map.entry("lifecycleCost", PROJECT.LIFECYCLE_COST),
                    Map.entry("plannedStart", PROJECT.PLANNED_START), Map.entry("plannedEnd", PROJECT.PLANNED_END),
                    Map.entry("costVariancePct", PROJECT.COST_VARIANCE_PCT),
                    Map.entry("scheduleVarianceDays", PROJECT.SCHEDULE_VARIANCE_DAYS),
                    Map.entry("rating", PROJECT.RATING), Map.entry("lastReportDate", PROJECT.LAST_REPORT_DATE),
                    Map.entry("updatedAt", PROJECT.UPDATED_AT)),
            null,
            PublicSources::project);

    private static PublicProject project(Record r, ReadContext context) {
        long id = r.get(PROJECT.ID);
        ProjectStatus status = ProjectStatus.valueOf(r.get(PROJECT.STATUS));
        boolean inExecution = status == ProjectStatus.IN_EXECUTION;
        LocalDate lastActivity = firstOf(r.get(PROJECT.LAST_REPORT_DATE), r.get(PROJECT.EXECUTION_STARTED),
                r.get(PROJECT.PLANNED_START));
        Instant ratedAt = r.get(PROJECT.RATED_AT);
        OrganisationTree.Node organisation = context.organisations().byId().get(r.get(PROJECT.ORGANISATION_ID));
        return new PublicProject(r.get(PROJECT.CODE), r.get(PROJECT.TITLE),
                context.disclosure().field(id, ConfidentialField.PROJECT_SUMMARY, r.get(PROJECT.SUMMARY)),
                organisation.code(), organisation.name(), organisation.level(),
                Category.valueOf(r.get(PROJECT.CATEGORY)), PolicyArea.valueOf(r.get(PROJECT.POLICY_AREA)),
                DeliveryApproach.valueOf(r.get(PROJECT.DELIVERY_APPROACH)), r.get(PROJECT.ITERATION_WEEKS),
                r.get(PROJECT.USES_AI), r.get(PROJECT.AI_DECIDES_ABOUT_PEOPLE),
                FundingSource.valueOf(r.get(PROJECT.FUNDING_SOURCE)), Tier.valueOf(r.get(PROJECT.TIER)), status,
                r.get(PROJECT.LIFECYCLE_COST), r.get(PROJECT.PLANNED_START), r.get(PROJECT.PLANNED_END),
                r.get(PROJECT.BASELINE_COST), r.get(PROJECT.BASELINE_END), r.get(PROJECT.REBASELINES),
                r.get(PROJECT.EXECUTION_STARTED), r.get(PROJECT.LAST_REPORT_DATE), r.get(PROJECT.COST_VARIANCE_PCT),
                enumOf(VarianceColour.class, r.get(PROJECT.COST_COLOUR)), r.get(PROJECT.SCHEDULE_VARIANCE_DAYS),
                enumOf(VarianceColour.class, r.get(PROJECT.SCHEDULE_COLOUR)), r.get(PROJECT.RATING), ratedAt,
                inExecution && lastActivity.isBefore(context.reportStaleBefore()),
                inExecution && ratedAt != null
                        && ratedAt.atZone(ZoneOffset.UTC).toLocalDate().isBefore(context.ratingStaleBefore()),
                r.get(PROJECT.UPDATED_AT));
    }

    static final Source<PublicBaseline> BASELINES = new Source<>(
            List.of(BASELINE.ID, PROJECT.CODE, BASELINE.NUMBER, BASELINE.COST, BASELINE.START_DATE, BASELINE.END_DATE,
                    BASELINE.REASON, BASELINE.FIXED_AT),
            BASELINE.join(PROJECT).on(PROJECT.ID.eq(BASELINE.PROJECT_ID)),
            DSL.noCondition(),
            List.of(BASELINE.ID),
            Map.of("id", BASELINE.ID, "fixedAt", BASELINE.FIXED_AT, "cost", BASELINE.COST),
            BASELINE.ID,
            (r, c) -> new PublicBaseline(r.get(BASELINE.ID), r.get(PROJECT.CODE), r.get(BASELINE.NUMBER),
                    r.get(BASELINE.COST), r.get(BASELINE.START_DATE), r.get(BASELINE.END_DATE), r.get(BASELINE.REASON),
                    r.get(BASELINE.FIXED_AT)));

    static final Source<PublicChangeRequest> CHANGE_REQUESTS = new Source<>(
            List.of(CHANGE_REQUEST.ID, PROJECT.CODE, CHANGE_REQUEST.PROPOSED_COST, CHANGE_REQUEST.PROPOSED_END,
                    CHANGE_REQUEST.REASON, CHANGE_REQUEST.STATUS, CHANGE_REQUEST.OPENED_AT, CHANGE_REQUEST.CLOSED_AT,
                    BASELINE.NUMBER),
            CHANGE_REQUEST.join(PROJECT).on(PROJECT.ID.eq(CHANGE_REQUEST.PROJECT_ID))
                    .leftJoin(BASELINE).on(BASELINE.ID.eq(CHANGE_REQUEST.BASELINE_ID)),
            DSL.noCondition(),
            List.of(CHANGE_REQUEST.ID),
            Map.of("id", CHANGE_REQUEST.ID, "openedAt", CHANGE_REQUEST.OPENED_AT, "status", CHANGE_REQUEST.STATUS),
            CHANGE_REQUEST.ID,
            (r, c) -> new PublicChangeRequest(r.get(CHANGE_REQUEST.ID), r.get(PROJECT.CODE),
                    r.get(CHANGE_REQUEST.PROPOSED_COST), r.get(CHANGE_REQUEST.PROPOSED_END),
                    r.get(CHANGE_REQUEST.REASON), r.get(CHANGE_REQUEST.STATUS), r.get(CHANGE_REQUEST.OPENED_AT),
                    r.get(CHANGE_REQUEST.CLOSED_AT), r.get(BASELINE.NUMBER)));

    private static final Field<LocalDate> MILESTONE_ACTUAL = DSL.field(DSL.select(REPORT_MILESTONE.ACTUAL_DATE)
            .from(REPORT_MILESTONE)
            .join(PROGRESS_REPORT).on(PROGRESS_REPORT.ID.eq(REPORT_MILESTONE.REPORT_ID))
            .where(REPORT_MILESTONE.MILESTONE_ID.eq(MILESTONE.ID).and(PROGRESS_REPORT.STATUS.eq(SUBMITTED)))
            .orderBy(PROGRESS_REPORT.PERIOD.desc(), PROGRESS_REPORT.VERSION.desc())
            .limit(1)).as("actual_date");

    static final Source<PublicMilestone> MILESTONES = new Source<>(
            List.of(MILESTONE.ID, PROJECT.CODE, MILESTONE.POSITION, MILESTONE.NAME, MILESTONE.PLANNED_DATE,
                    MILESTONE_ACTUAL),
            MILESTONE.join(PROJECT).on(PROJECT.ID.eq(MILESTONE.PROJECT_ID)),
            DSL.noCondition(),
            List.of(MILESTONE.PROJECT_ID, MILESTONE.POSITION, MILESTONE.ID),
            Map.of("id", MILESTONE.ID, "plannedDate", MILESTONE.PLANNED_DATE),
            MILESTONE.ID,
            (r, c) -> new PublicMilestone(r.get(MILESTONE.ID), r.get(PROJECT.CODE), r.get(MILESTONE.POSITION),
                    r.get(MILESTONE.NAME), r.get(MILESTONE.PLANNED_DATE), r.get(MILESTONE_ACTUAL)));

    private static final Field<Boolean> LATEST_VERSION = DSL.field(DSL.notExists(DSL.selectOne().from(LATER)
            .where(LATER.PROJECT_ID.eq(PROGRESS_REPORT.PROJECT_ID).and(LATER.PERIOD.eq(PROGRESS_REPORT.PERIOD))
                    .and(LATER.VERSION.gt(PROGRESS_REPORT.VERSION)).and(LATER.STATUS.eq(SUBMITTED)))))
            .as("latest_version");

    static final Source<PublicProgressReport> PROGRESS_REPORTS = new Source<>(
            List.of(PROGRESS_REPORT.ID, PROJECT.ID, PROJECT.CODE, PROGRESS_REPORT.PERIOD, PROGRESS_REPORT.VERSION,
                    LATEST_VERSION, PROGRESS_REPORT.CORRECTION_REASON, PROGRESS_REPORT.REPORT_DATE,
                    PROGRESS_REPORT.SPEND_TO_DATE, PROGRESS_REPORT.PROJECTED_COST, PROGRESS_REPORT.PROJECTED_END,
                    PROGRESS_REPORT.PERCENT_COMPLETE, PROGRESS_REPORT.COMPLETED, PROGRESS_REPORT.ACTUAL_END,
                    PROGRESS_REPORT.CONFIDENCE, PROGRESS_REPORT.NARRATIVE, BASELINE.NUMBER,
                    PROGRESS_REPORT.COST_VARIANCE, PROGRESS_REPORT.COST_VARIANCE_PCT, PROGRESS_REPORT.COST_COLOUR,
                    PROGRESS_REPORT.SCHEDULE_VARIANCE_DAYS, PROGRESS_REPORT.SCHEDULE_VARIANCE_PCT,
                    PROGRESS_REPORT.SCHEDULE_COLOUR, PROGRESS_REPORT.SUBMITTED_AT),
            PROGRESS_REPORT.join(PROJECT).on(PROJECT.ID.eq(PROGRESS_REPORT.PROJECT_ID))
                    .join(BASELINE).on(BASELINE.ID.eq(PROGRESS_REPORT.BASELINE_ID)),
            PROGRESS_REPORT.STATUS.eq(SUBMITTED),
            List.of(PROGRESS_REPORT.ID),
            Map.of("id", PROGRESS_REPORT.ID, "period", PROGRESS_REPORT.PERIOD, "submittedAt",
                    PROGRESS_REPORT.SUBMITTED_AT, "percentComplete", PROGRESS_REPORT.PERCENT_COMPLETE),
            PROGRESS_REPORT.ID,
            (r, c) -> new PublicProgressReport(r.get(PROGRESS_REPORT.ID), r.get(PROJECT.CODE),
                    r.get(PROGRESS_REPORT.PERIOD), r.get(PROGRESS_REPORT.VERSION), r.get(LATEST_VERSION),
                    r.get(PROGRESS_REPORT.CORRECTION_REASON), r.get(PROGRESS_REPORT.REPORT_DATE),
                    r.get(PROGRESS_REPORT.SPEND_TO_DATE), r.get(PROGRESS_REPORT.PROJECTED_COST),
                    r.get(PROGRESS_REPORT.PROJECTED_END), r.get(PROGRESS_REPORT.PERCENT_COMPLETE),
                    r.get(PROGRESS_REPORT.COMPLETED), r.get(PROGRESS_REPORT.ACTUAL_END),
                    Confidence.valueOf(r.get(PROGRESS_REPORT.CONFIDENCE)),
                    c.disclosure().field(r.get(PROJECT.ID), ConfidentialField.REPORT_NARRATIVE,
                            r.get(PROGRESS_REPORT.ID), r.get(PROGRESS_REPORT.NARRATIVE)),
                    r.get(BASELINE.NUMBER), r.get(PROGRESS_REPORT.COST_VARIANCE), r.get(PROGRESS_REPORT.COST_VARIANCE_PCT),
                    enumOf(VarianceColour.class, r.get(PROGRESS_REPORT.COST_COLOUR)),
                    r.get(PROGRESS_REPORT.SCHEDULE_VARIANCE_DAYS), r.get(PROGRESS_REPORT.SCHEDULE_VARIANCE_PCT),
                    enumOf(VarianceColour.class, r.get(PROGRESS_REPORT.SCHEDULE_COLOUR)),
                    r.get(PROGRESS_REPORT.SUBMITTED_AT)));

    static final Source<PublicRating> RATINGS = new Source<>(
            List.of(RISK_RATING.ID, PROJECT.CODE, RISK_RATING.RATING, RISK_RATING.COMMENT, RISK_RATING.RATED_AT,
                    PERSON_ORGANISATION.CODE, PERSON_ORGANISATION.NAME),
            RISK_RATING.join(PROJECT).on(PROJECT.ID.eq(RISK_RATING.PROJECT_ID))
                    .leftJoin(PERSON).on(PERSON.ID.eq(RISK_RATING.RATED_BY))
                    .leftJoin(PERSON_ORGANISATION).on(PERSON_ORGANISATION.ID.eq(PERSON.ORGANISATION_ID)),
            DSL.noCondition(),
            List.of(RISK_RATING.ID),
            Map.of("id", RISK_RATING.ID, "ratedAt", RISK_RATING.RATED_AT, "rating", RISK_RATING.RATING),
            RISK_RATING.ID,
            (r, c) -> new PublicRating(r.get(RISK_RATING.ID), r.get(PROJECT.CODE), r.get(RISK_RATING.RATING),
                    r.get(RISK_RATING.COMMENT), r.get(RISK_RATING.RATED_AT), r.get(PERSON_ORGANISATION.CODE),
                    r.get(PERSON_ORGANISATION.NAME)));

    static final Source<PublicStandardOutcome> STANDARDS = new Source<>(
            List.of(PROJECT.CODE, STANDARD.CODE, STANDARD_CATALOGUE.NUMBER, STANDARD.POSITION, STANDARD.MANDATORY,
                    STANDARD.NAME_EN, STANDARD.NAME_ES, STANDARD.NAME_PT, STANDARD_COMPLIANCE.SELF_OUTCOME,
                    STANDARD_COMPLIANCE.EVIDENCE, STANDARD_COMPLIANCE.REVIEWER_OUTCOME,
                    STANDARD_COMPLIANCE.REVIEWER_NOTE, STANDARD_COMPLIANCE.WAIVED,
                    STANDARD_COMPLIANCE.WAIVER_JUSTIFICATION),
            STANDARD_COMPLIANCE.join(PROJECT).on(PROJECT.ID.eq(STANDARD_COMPLIANCE.PROJECT_ID))
                    .join(STANDARD).on(STANDARD.ID.eq(STANDARD_COMPLIANCE.STANDARD_ID))
                    .join(STANDARD_CATALOGUE).on(STANDARD_CATALOGUE.ID.eq(STANDARD.CATALOGUE_ID)),
            DSL.noCondition(),
            List.of(PROJECT.CODE, STANDARD.POSITION, STANDARD.CODE),
            Map.of("projectCode", PROJECT.CODE, "standardCode", STANDARD.CODE),
            null,
            (r, c) -> {
                ComplianceOutcome self = ComplianceOutcome.valueOf(r.get(STANDARD_COMPLIANCE.SELF_OUTCOME));
                ComplianceOutcome reviewer = enumOf(ComplianceOutcome.class, r.get(STANDARD_COMPLIANCE.REVIEWER_OUTCOME));
                return new PublicStandardOutcome(r.get(PROJECT.CODE), r.get(STANDARD.CODE),
                        r.get(STANDARD_CATALOGUE.NUMBER), r.get(STANDARD.POSITION), r.get(STANDARD.MANDATORY),
                        r.get(STANDARD.NAME_EN), r.get(STANDARD.NAME_ES), r.get(STANDARD.NAME_PT), self,
                        r.get(STANDARD_COMPLIANCE.EVIDENCE), reviewer, r.get(STANDARD_COMPLIANCE.REVIEWER_NOTE),
                        reviewer == null ? self : reviewer, r.get(STANDARD_COMPLIANCE.WAIVED),
                        r.get(STANDARD_COMPLIANCE.WAIVER_JUSTIFICATION));
            });

    static final Source<PublicValueScore> VALUE_SCORES = new Source<>(
            List.of(PROJECT.ID, PROJECT.CODE, VALUE_PROPOSITION.VALUE_SCORE, VALUE_PROPOSITION.ECONOMIC_SCORE,
                    VALUE_PROPOSITION.SOCIAL_SCORE, VALUE_PROPOSITION.STRATEGIC_SCORE,
                    VALUE_PROPOSITION.ENVIRONMENTAL_SCORE, VALUE_PROPOSITION.DISCOUNT_RATE, VALUE_PROPOSITION.PV_COSTS,
                    VALUE_PROPOSITION.PV_BENEFITS, VALUE_PROPOSITION.NPV, VALUE_PROPOSITION.BCR,
                    VALUE_PROPOSITION.PAYBACK_YEAR, VALUE_PROPOSITION.PEOPLE_REACHED, VALUE_PROPOSITION.REUSE,
                    VALUE_PROPOSITION.INCLUSION, VALUE_PROPOSITION.SERVICE_IMPROVEMENT,
                    VALUE_PROPOSITION.STRATEGIC_ALIGNMENT, VALUE_PROPOSITION.ENERGY_AND_EMISSIONS,
                    VALUE_PROPOSITION.HARDWARE_LIFECYCLE, VALUE_PROPOSITION.GREEN_BY_DESIGN),
            VALUE_PROPOSITION.join(PROJECT).on(PROJECT.ID.eq(VALUE_PROPOSITION.PROJECT_ID)),
            DSL.noCondition(),
            List.of(PROJECT.CODE),
            Map.of("projectCode", PROJECT.CODE, "valueScore", VALUE_PROPOSITION.VALUE_SCORE, "netPresentValue",
                    VALUE_PROPOSITION.NPV),
            null,
            (r, c) -> {
                long project = r.get(PROJECT.ID);
                Disclosure d = c.disclosure();
                return new PublicValueScore(r.get(PROJECT.CODE), r.get(VALUE_PROPOSITION.VALUE_SCORE),
                        r.get(VALUE_PROPOSITION.ECONOMIC_SCORE), r.get(VALUE_PROPOSITION.SOCIAL_SCORE),
                        r.get(VALUE_PROPOSITION.STRATEGIC_SCORE), r.get(VALUE_PROPOSITION.ENVIRONMENTAL_SCORE),
                        r.get(VALUE_PROPOSITION.DISCOUNT_RATE), r.get(VALUE_PROPOSITION.PV_COSTS),
                        r.get(VALUE_PROPOSITION.PV_BENEFITS), r.get(VALUE_PROPOSITION.NPV),
                        r.get(VALUE_PROPOSITION.BCR), r.get(VALUE_PROPOSITION.PAYBACK_YEAR),
                        r.get(VALUE_PROPOSITION.PEOPLE_REACHED),
                        d.field(project, ConfidentialField.VALUE_REUSE, r.get(VALUE_PROPOSITION.REUSE)),
                        d.field(project, ConfidentialField.VALUE_INCLUSION, r.get(VALUE_PROPOSITION.INCLUSION)),
                        d.field(project, ConfidentialField.VALUE_SERVICE_IMPROVEMENT,
                                r.get(VALUE_PROPOSITION.SERVICE_IMPROVEMENT)),
                        d.field(project, ConfidentialField.VALUE_STRATEGIC_ALIGNMENT,
                                r.get(VALUE_PROPOSITION.STRATEGIC_ALIGNMENT)),
                        d.field(project, ConfidentialField.VALUE_ENERGY_AND_EMISSIONS,
                                r.get(VALUE_PROPOSITION.ENERGY_AND_EMISSIONS)),
                        d.field(project, ConfidentialField.VALUE_HARDWARE_LIFECYCLE,
                                r.get(VALUE_PROPOSITION.HARDWARE_LIFECYCLE)),
                        d.field(project, ConfidentialField.VALUE_GREEN_BY_DESIGN,
                                r.get(VALUE_PROPOSITION.GREEN_BY_DESIGN)));
            });

    static final Source<PublicRisk> RISKS = new Source<>(
            List.of(RISK.ID, PROJECT.ID, PROJECT.CODE, RISK.CATEGORY, RISK.DESCRIPTION, RISK.LIKELIHOOD, RISK.IMPACT,
                    RISK.MITIGATION, RISK.RESIDUAL_LIKELIHOOD, RISK.RESIDUAL_IMPACT, RISK.RISK_OWNER, RISK.STATUS),
            RISK.join(PROJECT).on(PROJECT.ID.eq(RISK.PROJECT_ID)),
            DSL.noCondition(),
            List.of(RISK.ID),
            Map.of("id", RISK.ID, "category", RISK.CATEGORY, "status", RISK.STATUS, "level",
                    RISK.LIKELIHOOD.mul(RISK.IMPACT), "residualLevel", RISK.RESIDUAL_LIKELIHOOD.mul(RISK.RESIDUAL_IMPACT)),
            RISK.ID,
            (r, c) -> {
                long id = r.get(RISK.ID);
                long project = r.get(PROJECT.ID);
                RiskCategory category = RiskCategory.valueOf(r.get(RISK.CATEGORY));
                return new PublicRisk(id, r.get(PROJECT.CODE), category,
                        c.disclosure().riskText(project, category, ConfidentialField.RISK_DESCRIPTION, id,
                                r.get(RISK.DESCRIPTION)),
                        r.get(RISK.LIKELIHOOD), r.get(RISK.IMPACT), RiskLevel.of(r.get(RISK.LIKELIHOOD), r.get(RISK.IMPACT)),
                        c.disclosure().riskText(project, category, ConfidentialField.RISK_MITIGATION, id,
                                r.get(RISK.MITIGATION)),
                        r.get(RISK.RESIDUAL_LIKELIHOOD), r.get(RISK.RESIDUAL_IMPACT),
                        RiskLevel.of(r.get(RISK.RESIDUAL_LIKELIHOOD), r.get(RISK.RESIDUAL_IMPACT)),
                        Disclosure.personal(r.get(RISK.RISK_OWNER)), RiskStatus.valueOf(r.get(RISK.STATUS)));
            });

    static final Source<PublicDecision> DECISIONS = new Source<>(
            List.of(REVIEW.ID, PROJECT.CODE, REVIEW_ROUND.NUMBER, REVIEW.ASPECT, PERSON_ORGANISATION.CODE,
                    PERSON_ORGANISATION.NAME, REVIEW.VERDICT, REVIEW.RATIONALE, REVIEW.GIVEN_AT),
            REVIEW.join(REVIEW_ROUND).on(REVIEW_ROUND.ID.eq(REVIEW.ROUND_ID))
                    .join(PROJECT).on(PROJECT.ID.eq(REVIEW_ROUND.PROJECT_ID))
                    .join(PERSON).on(PERSON.ID.eq(REVIEW.REVIEWER_ID))
                    .join(PERSON_ORGANISATION).on(PERSON_ORGANISATION.ID.eq(PERSON.ORGANISATION_ID)),
            DSL.noCondition(),
            List.of(REVIEW.ID),
            Map.of("id", REVIEW.ID, "givenAt", REVIEW.GIVEN_AT, "verdict", REVIEW.VERDICT),
            REVIEW.ID,
            (r, c) -> {
                ReviewAspect aspect = ReviewAspect.valueOf(r.get(REVIEW.ASPECT));
                return new PublicDecision(r.get(REVIEW.ID), r.get(PROJECT.CODE), r.get(REVIEW_ROUND.NUMBER), aspect,
                        aspect.reviewer(), r.get(PERSON_ORGANISATION.CODE), r.get(PERSON_ORGANISATION.NAME),
                        Verdict.valueOf(r.get(REVIEW.VERDICT)), r.get(REVIEW.RATIONALE), r.get(REVIEW.GIVEN_AT));
            });

    static final Source<PublicLifecycleStep> LIFECYCLE_STEPS = new Source<>(
            List.of(LIFECYCLE_STEP.ID, PROJECT.CODE, LIFECYCLE_STEP.ACTION, LIFECYCLE_STEP.FROM_STATUS,
                    LIFECYCLE_STEP.TO_STATUS, LIFECYCLE_STEP.RATIONALE, LIFECYCLE_STEP.ACTOR_ID,
                    PERSON_ORGANISATION.CODE, PERSON_ORGANISATION.NAME, LIFECYCLE_STEP.TAKEN_AT),
            LIFECYCLE_STEP.join(PROJECT).on(PROJECT.ID.eq(LIFECYCLE_STEP.PROJECT_ID))
                    .leftJoin(PERSON).on(PERSON.ID.eq(LIFECYCLE_STEP.ACTOR_ID))
                    .leftJoin(PERSON_ORGANISATION).on(PERSON_ORGANISATION.ID.eq(PERSON.ORGANISATION_ID)),
            DSL.noCondition(),
            List.of(LIFECYCLE_STEP.ID),
            Map.of("id", LIFECYCLE_STEP.ID, "takenAt", LIFECYCLE_STEP.TAKEN_AT, "action", LIFECYCLE_STEP.ACTION),
            LIFECYCLE_STEP.ID,
            (r, c) -> {
                Action action = Action.valueOf(r.get(LIFECYCLE_STEP.ACTION));
                boolean byPerson = r.get(LIFECYCLE_STEP.ACTOR_ID) != null;
                return new PublicLifecycleStep(r.get(LIFECYCLE_STEP.ID), r.get(PROJECT.CODE), action,
                        ProjectStatus.valueOf(r.get(LIFECYCLE_STEP.FROM_STATUS)),
                        ProjectStatus.valueOf(r.get(LIFECYCLE_STEP.TO_STATUS)), r.get(LIFECYCLE_STEP.RATIONALE),
                        byPerson ? action.role() : null, r.get(PERSON_ORGANISATION.CODE),
                        r.get(PERSON_ORGANISATION.NAME), r.get(LIFECYCLE_STEP.TAKEN_AT));
            });

    private static final Field<BigDecimal> KPI_LATEST_VALUE = DSL.field(DSL.select(KPI_MEASUREMENT.VALUE)
            .from(KPI_MEASUREMENT).where(KPI_MEASUREMENT.KPI_ID.eq(KPI.ID))
            .orderBy(KPI_MEASUREMENT.MEASURED_ON.desc()).limit(1)).as("latest_value");
    private static final Field<LocalDate> KPI_LATEST_DATE = DSL.field(DSL.select(DSL.max(KPI_MEASUREMENT.MEASURED_ON))
            .from(KPI_MEASUREMENT).where(KPI_MEASUREMENT.KPI_ID.eq(KPI.ID))).as("latest_measured_on");

    static final Source<PublicKpi> KPIS = new Source<>(
            List.of(KPI.ID, PROJECT.CODE, KPI.NAME, KPI.UNIT, KPI.BASELINE_VALUE, KPI.TARGET_VALUE, KPI.TARGET_DATE,
                    KPI.DIRECTION, KPI_LATEST_VALUE, KPI_LATEST_DATE),
            KPI.join(PROJECT).on(PROJECT.ID.eq(KPI.PROJECT_ID)),
            DSL.noCondition(),
            List.of(KPI.ID),
            Map.of("id", KPI.ID, "targetDate", KPI.TARGET_DATE, "name", KPI.NAME),
            KPI.ID,
            (r, c) -> new PublicKpi(r.get(KPI.ID), r.get(PROJECT.CODE), r.get(KPI.NAME), r.get(KPI.UNIT),
                    r.get(KPI.BASELINE_VALUE), r.get(KPI.TARGET_VALUE), r.get(KPI.TARGET_DATE), r.get(KPI.DIRECTION),
                    r.get(KPI_LATEST_VALUE), r.get(KPI_LATEST_DATE),
                    KpiTarget.met(r.get(KPI.DIRECTION), r.get(KPI_LATEST_VALUE), r.get(KPI.TARGET_VALUE))));

    static final Source<PublicKpiMeasurement> KPI_MEASUREMENTS = new Source<>(
            List.of(KPI_MEASUREMENT.ID, KPI_MEASUREMENT.KPI_ID, PROJECT.CODE, KPI_MEASUREMENT.MEASURED_ON,
                    KPI_MEASUREMENT.VALUE, KPI_MEASUREMENT.NOTE),
            KPI_MEASUREMENT.join(KPI).on(KPI.ID.eq(KPI_MEASUREMENT.KPI_ID)).join(PROJECT).on(PROJECT.ID.eq(KPI.PROJECT_ID)),
            DSL.noCondition(),
            List.of(KPI_MEASUREMENT.ID),
            Map.of("id", KPI_MEASUREMENT.ID, "measuredOn", KPI_MEASUREMENT.MEASURED_ON),
            KPI_MEASUREMENT.ID,
            (r, c) -> new PublicKpiMeasurement(r.get(KPI_MEASUREMENT.ID), r.get(KPI_MEASUREMENT.KPI_ID),
                    r.get(PROJECT.CODE), r.get(KPI_MEASUREMENT.MEASURED_ON), r.get(KPI_MEASUREMENT.VALUE),
                    r.get(KPI_MEASUREMENT.NOTE)));

    static final Source<PublicUxMeasure> UX_MEASURES = new Source<>(
            List.of(UX_MEASUREMENT.ID, PROJECT.CODE, UX_MEASUREMENT.PERIOD, UX_MEASUREMENT.SATISFIED_RESPONSES,
                    UX_MEASUREMENT.RESPONSES, UX_MEASUREMENT.COMPLETION_RATE, UX_MEASUREMENT.DIGITAL_TAKE_UP,
                    UX_MEASUREMENT.COST_PER_TRANSACTION),
            UX_MEASUREMENT.join(PROJECT).on(PROJECT.ID.eq(UX_MEASUREMENT.PROJECT_ID)),
            DSL.noCondition(),
            List.of(UX_MEASUREMENT.ID),
            Map.of("id", UX_MEASUREMENT.ID, "period", UX_MEASUREMENT.PERIOD),
            UX_MEASUREMENT.ID,
            (r, c) -> {
                int satisfied = r.get(UX_MEASUREMENT.SATISFIED_RESPONSES);
                int responses = r.get(UX_MEASUREMENT.RESPONSES);
                BigDecimal share = responses <= 0 ? null : BigDecimal.valueOf(satisfied).multiply(BigDecimal.valueOf(100))
                        .divide(BigDecimal.valueOf(responses), 2, RoundingMode.HALF_UP);
                return new PublicUxMeasure(r.get(UX_MEASUREMENT.ID), r.get(PROJECT.CODE), r.get(UX_MEASUREMENT.PERIOD),
                        satisfied, responses, share, r.get(UX_MEASUREMENT.COMPLETION_RATE),
                        r.get(UX_MEASUREMENT.DIGITAL_TAKE_UP), r.get(UX_MEASUREMENT.COST_PER_TRANSACTION));
            });

    static final Source<PublicProcurement> PROCUREMENT = new Source<>(
            List.of(PROJECT.ID, PROJECT.CODE, PROCUREMENT_STRATEGY.METHOD, PROCUREMENT_STRATEGY.JOINT_PROCUREMENT,
                    PROCUREMENT_STRATEGY.RATIONALE),
            PROCUREMENT_STRATEGY.join(PROJECT).on(PROJECT.ID.eq(PROCUREMENT_STRATEGY.PROJECT_ID)),
            DSL.noCondition(),
            List.of(PROJECT.CODE),
            Map.of("projectCode", PROJECT.CODE, "method", PROCUREMENT_STRATEGY.METHOD),
            null,
            (r, c) -> new PublicProcurement(r.get(PROJECT.CODE), ProcurementMethod.valueOf(r.get(PROCUREMENT_STRATEGY.METHOD)),
                    JointProcurement.valueOf(r.get(PROCUREMENT_STRATEGY.JOINT_PROCUREMENT)),
                    c.disclosure().field(r.get(PROJECT.ID), ConfidentialField.PROCUREMENT_RATIONALE,
                            r.get(PROCUREMENT_STRATEGY.RATIONALE))));

    /** Contracts sort by dates only: sorting by a supplier or value would reveal withheld ones by their place. */
    static final Source<PublicContract> CONTRACTS = new Source<>(
            List.of(PROCUREMENT_CONTRACT.ID, PROJECT.ID, PROJECT.CODE, PROCUREMENT_CONTRACT.SUPPLIER,
                    PROCUREMENT_CONTRACT.AMOUNT, PROCUREMENT_CONTRACT.START_DATE, PROCUREMENT_CONTRACT.END_DATE,
                    PROCUREMENT_CONTRACT.OCID),
            PROCUREMENT_CONTRACT.join(PROJECT).on(PROJECT.ID.eq(PROCUREMENT_CONTRACT.PROJECT_ID)),
            DSL.noCondition(),
            List.of(PROCUREMENT_CONTRACT.ID),
            Map.of("id", PROCUREMENT_CONTRACT.ID, "startDate", PROCUREMENT_CONTRACT.START_DATE, "endDate",
                    PROCUREMENT_CONTRACT.END_DATE),
            PROCUREMENT_CONTRACT.ID,
            (r, c) -> {
                long id = r.get(PROCUREMENT_CONTRACT.ID);
                long project = r.get(PROJECT.ID);
                return new PublicContract(id, r.get(PROJECT.CODE),
                        c.disclosure().field(project, ConfidentialField.CONTRACT_SUPPLIER, id,
                                r.get(PROCUREMENT_CONTRACT.SUPPLIER)),
                        c.disclosure().field(project, ConfidentialField.CONTRACT_VALUE, id,
                                r.get(PROCUREMENT_CONTRACT.AMOUNT)),
                        r.get(PROCUREMENT_CONTRACT.START_DATE), r.get(PROCUREMENT_CONTRACT.END_DATE),
                        r.get(PROCUREMENT_CONTRACT.OCID));
            });

    static final Source<PublicClosure> CLOSURES = new Source<>(
            List.of(PROJECT.ID, PROJECT.CODE, PROJECT_CLOSURE.REALISED_BENEFITS, PROJECT_CLOSURE.BENEFITS_SUMMARY,
                    PROJECT_CLOSURE.LESSONS_LEARNED, PROJECT_CLOSURE.CLOSED_AT),
            PROJECT_CLOSURE.join(PROJECT).on(PROJECT.ID.eq(PROJECT_CLOSURE.PROJECT_ID)),
            DSL.noCondition(),
            List.of(PROJECT.CODE),
            Map.of("projectCode", PROJECT.CODE, "closedAt", PROJECT_CLOSURE.CLOSED_AT),
            null,
            (r, c) -> new PublicClosure(r.get(PROJECT.CODE), r.get(PROJECT_CLOSURE.REALISED_BENEFITS),
                    c.disclosure().field(r.get(PROJECT.ID), ConfidentialField.CLOSURE_BENEFITS_SUMMARY,
                            r.get(PROJECT_CLOSURE.BENEFITS_SUMMARY)),
                    c.disclosure().field(r.get(PROJECT.ID), ConfidentialField.CLOSURE_LESSONS_LEARNED,
                            r.get(PROJECT_CLOSURE.LESSONS_LEARNED)),
                    r.get(PROJECT_CLOSURE.CLOSED_AT)));

    static final Source<PublicTransparency> TRANSPARENCY = new Source<>(
            List.of(PROJECT.CODE, ALGORITHMIC_TRANSPARENCY.PURPOSE, ALGORITHMIC_TRANSPARENCY.DATA_USED,
                    ALGORITHMIC_TRANSPARENCY.HUMAN_OVERSIGHT),
            ALGORITHMIC_TRANSPARENCY.join(PROJECT).on(PROJECT.ID.eq(ALGORITHMIC_TRANSPARENCY.PROJECT_ID)),
            DSL.noCondition(),
            List.of(PROJECT.CODE),
            Map.of("projectCode", PROJECT.CODE),
            null,
            (r, c) -> new PublicTransparency(r.get(PROJECT.CODE), r.get(ALGORITHMIC_TRANSPARENCY.PURPOSE),
                    r.get(ALGORITHMIC_TRANSPARENCY.DATA_USED), r.get(ALGORITHMIC_TRANSPARENCY.HUMAN_OVERSIGHT)));

    static <E extends Enum<E>> @Nullable E enumOf(Class<E> type, @Nullable String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    private static LocalDate firstOf(@Nullable LocalDate first, @Nullable LocalDate second, LocalDate third) {
        return first != null ? first : second != null ? second : third;
    }
}
