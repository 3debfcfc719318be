package org.tablero.publication;

import static org.tablero.db.Tables.BASELINE;
import static org.tablero.db.Tables.KPI;
import static org.tablero.db.Tables.KPI_MEASUREMENT;
import static org.tablero.db.Tables.PROCUREMENT_CONTRACT;
import static org.tablero.db.Tables.PROGRESS_REPORT;
import static org.tablero.db.Tables.PROJECT;
import static org.tablero.db.Tables.RISK_RATING;
import static org.tablero.db.Tables.UX_MEASUREMENT;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.tablero.approval.Action;
import org.tablero.approval.ApprovalService;
import org.tablero.approval.ReviewAspect;
import org.tablero.approval.Verdict;
import org.tablero.assessment.risk.Risk;
import org.tablero.assessment.risk.RiskCategory;
import org.tablero.assessment.risk.RiskInput;
import org.tablero.assessment.risk.RiskService;
import org.tablero.assessment.risk.RiskStatus;
import org.tablero.identity.Role;
import org.tablero.identity.TableroUser;
import org.tablero.organisation.Organisation;
import org.tablero.project.Project;
import org.tablero.project.ProjectInput;
import org.tablero.project.ProjectService;
import org.tablero.support.Fixtures;

/**
 * A portfolio holding withheld data of every kind, each a string unique to the run: a project in execution whose
 * summary, contract supplier and value and report narrative are marked confidential, with a cybersecurity risk and
 * a risk owner's name; a draft; users with names and e-mails. Monitoring rows are inserted directly (the monitoring
 * service is not there yet).
 */
@Component
class PublicationTestData {

    /** What was built, and the strings that must never reach the public. */
    record Portfolio(Organisation ministry, String projectCode, long projectId, String draftCode, long contractId,
            long cyberRiskId, long reportId, String ground, List<String> secrets) {}

    static final String DIRECTION_INCREASE = "INCREASE";

    private final Fixtures fixtures;
    private final ProjectService projects;
    private final ApprovalService approvals;
    private final RiskService risks;
    private final ConfidentialFieldService confidential;
    private final DSLContext db;

    PublicationTestData(Fixtures fixtures, ProjectService projects, ApprovalService approvals, RiskService risks,
            ConfidentialFieldService confidential, DSLContext db) {
        this.fixtures = fixtures;
        this.projects = projects;
        this.approvals = approvals;
        this.risks = risks;
        this.confidential = confidential;
        this.db = db;
    }

    Portfolio build() {
        Organisation ministry = fixtures.organisation(null);
        TableroUser officer = fixtures.officerOf(ministry);
        TableroUser authority = fixtures.nationalUser(Role.DIGITAL_AUTHORITY);
        TableroUser budget = fixtures.nationalUser(Role.BUDGET_OFFICE);
        TableroUser procurement = fixtures.nationalUser(Role.PROCUREMENT_AUTHORITY);
        String summary = Fixtures.unique("SECRET-SUMMARY");
        String cyberDescription = Fixtures.unique("SECRET-CYBER-DESCRIPTION");
        String cyberMitigation = Fixtures.unique("SECRET-CYBER-MITIGATION");
        String riskOwner = Fixtures.unique("Doña Secreta Owner");
        String supplier = Fixtures.unique("SECRET-SUPPLIER");
        String narrative = Fixtures.unique("SECRET-NARRATIVE");
        String draftTitle = Fixtures.unique("SECRET-DRAFT-TITLE");
        BigDecimal contractValue = new BigDecimal("731911.37");
        String ground = Fixtures.unique("Ley 1712 de 2014, art. 19 (public-ground)");

        ProjectInput input = Fixtures.project(ministry);
        input = new ProjectInput(input.code(), input.title(), summary, input.organisationId(), input.category(),
                input.policyArea(), input.deliveryApproach(), input.iterationWeeks(), input.usesAi(),
                input.aiDecidesAboutPeople(), input.fundingSource(), input.plannedStart(), input.plannedEnd(),
                input.infrastructure(), input.costs());
        ProjectInput create = input;
        Project project = fixtures.as(officer, () -> projects.create(create));
        fixtures.completeAssessments(officer, project.id());
        Risk cyber = fixtures.as(officer, () -> risks.add(project.id(), new RiskInput(RiskCategory.CYBERSECURITY,
                cyberDescription, 3, 4, cyberMitigation, 2, 3, riskOwner, RiskStatus.OPEN)));
        fixtures.as(officer, () -> approvals.submit(project.id()));
        fixtures.as(authority, () -> approvals.review(project.id(), ReviewAspect.STANDARDS_AND_RISK, Verdict.ENDORSE,
                "Standards met; security reviewed"));
        fixtures.as(budget, () -> approvals.review(project.id(), ReviewAspect.VALUE_AND_COST, Verdict.ENDORSE,
                "Value for money shown"));
        fixtures.as(procurement, () -> approvals.review(project.id(), ReviewAspect.PROCUREMENT_STRATEGY,
                Verdict.ENDORSE, "Open tender fits"));
        fixtures.as(officer, () -> approvals.ownerStep(project.id(), Action.START, null));

        ProjectInput draftInput = Fixtures.project(ministry);
        Project draft = fixtures.as(officer, () -> projects.create(new ProjectInput(draftInput.code(), draftTitle,
                draftInput.summary(), draftInput.organisationId(), draftInput.category(), draftInput.policyArea(),
                draftInput.deliveryApproach(), draftInput.iterationWeeks(), draftInput.usesAi(),
                draftInput.aiDecidesAboutPeople(), draftInput.fundingSource(), draftInput.plannedStart(),
                draftInput.plannedEnd(), draftInput.infrastructure(), draftInput.costs())));

        Instant now = Instant.now();
        // baseline 1 was fixed by the approval above
        long baselineId = db.select(BASELINE.ID).from(BASELINE)
                .where(BASELINE.PROJECT_ID.eq(project.id()).and(BASELINE.NUMBER.eq(1))).fetchOne(r -> r.value1());
        long reportId = report(project.id(), baselineId, 1, narrative, null, officer, now);
        report(project.id(), baselineId, 2, "A corrected report of the same month", "The spend was mistyped", officer,
                now);
        db.update(PROJECT).set(PROJECT.BASELINE_COST, project.lifecycleCost()).set(PROJECT.BASELINE_END, project.plannedEnd())
                .set(PROJECT.LAST_REPORT_ID, reportId).set(PROJECT.LAST_REPORT_DATE, LocalDate.now().minusDays(100))
                .set(PROJECT.COST_VARIANCE_PCT, new BigDecimal("-12.50")).set(PROJECT.COST_COLOUR, "YELLOW")
                .set(PROJECT.SCHEDULE_VARIANCE_DAYS, -3).set(PROJECT.SCHEDULE_COLOUR, "GREEN").set(PROJECT.RATING, 4)
                .set(PROJECT.RATED_AT, now).where(PROJECT.ID.eq(project.id())).execute();
        db.insertInto(RISK_RATING).set(RISK_RATING.PROJECT_ID, project.id()).set(RISK_RATING.RATING, 4)
                .set(RISK_RATING.COMMENT, "On track, watch the supplier").set(RISK_RATING.RATED_BY, authority.id())
                .set(RISK_RATING.RATED_AT, now).execute();
        long contractId = db.insertInto(PROCUREMENT_CONTRACT).set(PROCUREMENT_CONTRACT.PROJECT_ID, project.id())
                .set(PROCUREMENT_CONTRACT.SUPPLIER, supplier).set(PROCUREMENT_CONTRACT.AMOUNT, contractValue)
                .set(PROCUREMENT_CONTRACT.START_DATE, LocalDate.of(2026, 2, 1))
                .set(PROCUREMENT_CONTRACT.END_DATE, LocalDate.of(2027, 1, 31)).set(PROCUREMENT_CONTRACT.OCID, "ocds-x-1")
                .set(PROCUREMENT_CONTRACT.CREATED_AT, now).set(PROCUREMENT_CONTRACT.UPDATED_AT, now)
                .returningResult(PROCUREMENT_CONTRACT.ID).fetchOne(r -> r.value1());
        long kpiId = db.insertInto(KPI).set(KPI.PROJECT_ID, project.id()).set(KPI.NAME, "Online applications")
                .set(KPI.UNIT, "%").set(KPI.BASELINE_VALUE, new BigDecimal("10")).set(KPI.TARGET_VALUE, new BigDecimal("60"))
                .set(KPI.TARGET_DATE, LocalDate.of(2027, 12, 31)).set(KPI.DIRECTION, DIRECTION_INCREASE)
                .set(KPI.CREATED_AT, now).returningResult(KPI.ID).fetchOne(r -> r.value1());
        db.insertInto(KPI_MEASUREMENT).set(KPI_MEASUREMENT.KPI_ID, kpiId).set(KPI_MEASUREMENT.MEASURED_ON, LocalDate.of(2026, 6, 30))
                .set(KPI_MEASUREMENT.VALUE, new BigDecimal("35")).set(KPI_MEASUREMENT.RECORDED_BY, officer.id())
                .set(KPI_MEASUREMENT.RECORDED_AT, now).execute();
        db.insertInto(UX_MEASUREMENT).set(UX_MEASUREMENT.PROJECT_ID, project.id()).set(UX_MEASUREMENT.PERIOD, LocalDate.of(2026, 6, 1))
                .set(UX_MEASUREMENT.SATISFIED_RESPONSES, 80).set(UX_MEASUREMENT.RESPONSES, 100)
                .set(UX_MEASUREMENT.COMPLETION_RATE, new BigDecimal("91.50")).set(UX_MEASUREMENT.RECORDED_BY, officer.id())
                .set(UX_MEASUREMENT.RECORDED_AT, now).execute();

        fixtures.as(authority, () -> confidential.mark(project.id(), ConfidentialField.PROJECT_SUMMARY, 0, ground));
        fixtures.as(authority, () -> confidential.mark(project.id(), ConfidentialField.CONTRACT_SUPPLIER, contractId,
                ground));
        fixtures.as(authority, () -> confidential.mark(project.id(), ConfidentialField.CONTRACT_VALUE, contractId,
                ground));
        fixtures.as(authority, () -> confidential.mark(project.id(), ConfidentialField.REPORT_NARRATIVE, reportId,
                ground));

        List<String> secrets = List.of(summary, cyberDescription, cyberMitigation, riskOwner, supplier, narrative,
                draftTitle, draft.code(), contractValue.toPlainString(), officer.username(), officer.displayName(),
                authority.username(), authority.displayName(), budget.username(), procurement.username(),
                officer.username() + "@example.org");
        return new Portfolio(ministry, project.code(), project.id(), draft.code(), contractId, cyber.id(), reportId,
                ground, secrets);
    }

    /** A project of a new organisation, complete but still a draft; {@link #submit} makes it public. */
    record Draft(Organisation organisation, TableroUser officer, Project project) {}

    Draft draftOfNewOrganisation() {
        Organisation organisation = fixtures.organisation(null);
        TableroUser officer = fixtures.officerOf(organisation);
        Project project = fixtures.as(officer, () -> projects.create(Fixtures.project(organisation)));
        fixtures.completeAssessments(officer, project.id());
        return new Draft(organisation, officer, project);
    }

    void submit(Draft draft) {
        fixtures.as(draft.officer(), () -> approvals.submit(draft.project().id()));
    }

    private long report(long projectId, long baselineId, int version, String narrative, String correction,
            TableroUser officer, Instant now) {
        return db.insertInto(PROGRESS_REPORT).set(PROGRESS_REPORT.PROJECT_ID, projectId)
                .set(PROGRESS_REPORT.PERIOD, LocalDate.of(2026, 5, 1)).set(PROGRESS_REPORT.VERSION, version)
                .set(PROGRESS_REPORT.STATUS, PublicSources.SUBMITTED).set(PROGRESS_REPORT.REPORT_DATE, LocalDate.of(2026, 5, 31))
                .set(PROGRESS_REPORT.SPEND_TO_DATE, new BigDecimal("50000.00"))
                .set(PROGRESS_REPORT.PROJECTED_COST, new BigDecimal("225000.00"))
                .set(PROGRESS_REPORT.PROJECTED_END, LocalDate.of(2028, 1, 3))
                .set(PROGRESS_REPORT.PERCENT_COMPLETE, new BigDecimal("25.00")).set(PROGRESS_REPORT.CONFIDENCE, "MEDIUM")
                .set(PROGRESS_REPORT.NARRATIVE, narrative).set(PROGRESS_REPORT.CORRECTION_REASON, correction)
                .set(PROGRESS_REPORT.BASELINE_ID, baselineId).set(PROGRESS_REPORT.COST_VARIANCE, new BigDecimal("-25000.50"))
                .set(PROGRESS_REPORT.COST_VARIANCE_PCT, new BigDecimal("-12.50")).set(PROGRESS_REPORT.COST_COLOUR, "YELLOW")
                .set(PROGRESS_REPORT.SCHEDULE_VARIANCE_DAYS, -3).set(PROGRESS_REPORT.SCHEDULE_VARIANCE_PCT, new BigDecimal("-0.41"))
                .set(PROGRESS_REPORT.SCHEDULE_COLOUR, "GREEN").set(PROGRESS_REPORT.CREATED_BY, officer.id())
                .set(PROGRESS_REPORT.CREATED_AT, now).set(PROGRESS_REPORT.SUBMITTED_BY, officer.id())
                .set(PROGRESS_REPORT.SUBMITTED_AT, now.plusMillis(version)).returningResult(PROGRESS_REPORT.ID)
                .fetchOne(r -> r.value1());
    }
}
