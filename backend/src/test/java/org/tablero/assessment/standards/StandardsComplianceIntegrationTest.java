package org.tablero.assessment.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.tablero.assessment.standards.ComplianceOutcome.MET;
import static org.tablero.assessment.standards.ComplianceOutcome.NOT_APPLICABLE;
import static org.tablero.assessment.standards.ComplianceOutcome.NOT_MET;
import static org.tablero.assessment.standards.ComplianceOutcome.PARTIALLY_MET;
import static org.tablero.db.Tables.AUDIT_EVENT;
import static org.tablero.db.Tables.STANDARDS_ASSESSMENT;
import static org.tablero.db.Tables.STANDARD_COMPLIANCE;

import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.tablero.approval.ApprovalService;
import org.tablero.approval.ReviewAspect;
import org.tablero.approval.StepRefusedException;
import org.tablero.approval.Verdict;
import org.tablero.audit.AuditEvent;
import org.tablero.common.ConcurrentEditException;
import org.tablero.common.FieldProblem;
import org.tablero.common.InvalidInputException;
import org.tablero.identity.Role;
import org.tablero.identity.TableroUser;
import org.tablero.organisation.Organisation;
import org.tablero.project.Project;
import org.tablero.project.ProjectService;
import org.tablero.project.ProjectStatus;
import org.tablero.support.DatabaseTest;
import org.tablero.assessment.risk.RiskTestData;
import org.tablero.assessment.value.ValueTestData;
import org.tablero.procurement.ProcurementTestData;
import org.tablero.support.Fixtures;

@DatabaseTest
class StandardsComplianceIntegrationTest {

    static final String BLOCKED = "standards.blocked.mandatory-not-met";

    @Autowired
    StandardsComplianceService compliance;

    @Autowired
    StandardsCatalogueService catalogue;

    @Autowired
    StandardsTestData testData;

    @Autowired
    ApprovalService approvals;

    @Autowired
    ProjectService projects;

    @Autowired
    Fixtures fixtures;

    @Autowired
    DSLContext db;

    @Autowired
    RiskTestData risks;

    @Autowired
    ProcurementTestData procurement;

    @Autowired
    ValueTestData value;

    Organisation ministry;
    TableroUser officer;
    TableroUser authority;

    @BeforeEach
    void people() {
        ministry = fixtures.organisation(null);
        officer = fixtures.officerOf(ministry);
        authority = fixtures.nationalUser(Role.DIGITAL_AUTHORITY);
    }

    @Test
    void a_draft_follows_the_current_catalogue_until_its_first_self_assessment_fixes_the_version() {
        Project project = draft();
        ComplianceAssessment fresh = assessment(project);
        Catalogue current = fixtures.as(officer, () -> catalogue.current());
        assertThat(fresh.catalogueFixed()).isFalse();
        assertThat(fresh.version()).isZero();
        assertThat(fresh.catalogue()).isEqualTo(current.version());
        assertThat(fresh.standards()).extracting(StandardCompliance::code)
                .containsExactlyElementsOf(current.standards().stream().map(Standard::code).toList());
        assertThat(fresh.standards()).allSatisfy(standard -> assertThat(standard.selfOutcome()).isNull());
        String first = fresh.standards().get(0).code();
        String second = fresh.standards().get(1).code();

        ComplianceAssessment saved = selfAssess(project, fresh.version(),
                new SelfAssessmentInput(first, MET, "  User research with 40 patients.  "),
                new SelfAssessmentInput(second, NOT_APPLICABLE, "A one-off data migration."));

        assertThat(saved.catalogueFixed()).isTrue();
        assertThat(saved.version()).isEqualTo(1);
        assertThat(saved.standard(first).orElseThrow()).satisfies(standard -> {
            assertThat(standard.selfOutcome()).isEqualTo(MET);
            assertThat(standard.evidence()).isEqualTo("User research with 40 patients.");
            assertThat(standard.effectiveOutcome()).isEqualTo(MET);
        });
        assertThat(saved.notSelfAssessed()).hasSize(fresh.standards().size() - 2).doesNotContain(first, second);
        assertThat(history(project)).first().satisfies(event -> {
            assertThat(event.action()).isEqualTo("STANDARDS_SELF_ASSESSMENT");
            assertThat(event.actorUsername()).isEqualTo(officer.username());
            assertThat(event.after()).contains("User research with 40 patients.", "A one-off data migration.");
        });
    }

    @Test
    void a_new_catalogue_version_leaves_an_existing_assessment_on_the_old_version_untouched() {
        Project assessed = draft();
        ComplianceAssessment before = testData.completeSelfAssessment(officer, assessed.id());

        Catalogue next = testData.publishWithNewStandard(authority, true);
        String added = next.standards().getLast().code();

        ComplianceAssessment after = assessment(assessed);
        assertThat(after).isEqualTo(before);
        assertThat(after.catalogue().number()).isLessThan(next.version().number());
        assertThat(after.standard(added)).isEmpty();
        assertThat(fixtures.as(officer, () -> approvals.missingForSubmission(assessed.id()))).isEmpty();
        ComplianceAssessment edited = selfAssess(assessed, after.version(),
                new SelfAssessmentInput(after.standards().getFirst().code(), PARTIALLY_MET, "Half of it."));
        assertThat(edited.catalogue()).as("still the version of its first self-assessment")
                .isEqualTo(before.catalogue());
        assertThatThrownBy(() -> selfAssess(assessed, edited.version(), new SelfAssessmentInput(added, MET, "x")))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .extracting(FieldProblem::messageKey).containsExactly("standards.unknown-standard"));

        Project newer = draft();
        assertThat(assessment(newer).catalogue()).isEqualTo(next.version());
        assertThat(assessment(newer).standard(added)).isPresent();
    }

    @Test
    void a_project_is_submitted_only_once_every_standard_is_self_assessed() {
        Project project = draft();
        ComplianceAssessment partial = selfAssess(project, 0,
                new SelfAssessmentInput(assessment(project).standards().getFirst().code(), NOT_MET, null));
        int missing = partial.standards().size() - 1;

        assertThatThrownBy(() -> fixtures.as(officer, () -> approvals.submit(project.id())))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .extracting(FieldProblem::field, FieldProblem::messageKey)
                        .containsExactly(tuple("standards", "standards.incomplete")));
        assertThat(fixtures.as(officer, () -> approvals.missingForSubmission(project.id()))).singleElement()
                .satisfies(problem -> assertThat(problem.arguments().getFirst()).isEqualTo(missing));

        testData.completeSelfAssessment(officer, project.id());
        assertThat(fixtures.as(officer, () -> approvals.submit(project.id())).status())
                .isEqualTo(ProjectStatus.IN_REVIEW);
    }

    @Test
    void a_mandatory_standard_not_met_blocks_the_endorsement_until_a_waiver_is_granted() {
        Project project = draft();
        ComplianceAssessment complete = testData.completeSelfAssessment(officer, project.id());
        String mandatory = firstMandatory(complete);
        String optional = complete.standards().stream().filter(standard -> !standard.mandatory()).findFirst()
                .orElseThrow().code();
        selfAssess(project, complete.version(), new SelfAssessmentInput(mandatory, NOT_MET, "Not yet."),
                new SelfAssessmentInput(optional, NOT_MET, null));
        submit(project);

        assertThat(blockers(project, ReviewAspect.STANDARDS_AND_RISK)).containsExactly(BLOCKED);
        assertThat(blockers(project, ReviewAspect.VALUE_AND_COST)).isEmpty();
        assertThatThrownBy(() -> endorse(project)).isInstanceOfSatisfying(StepRefusedException.class,
                refused -> assertThat(refused.reasons()).contains(BLOCKED));

        ComplianceAssessment waived = fixtures.as(authority, () -> compliance.grantWaiver(project.id(),
                assessment(project).version(), mandatory, "Penetration test booked before go-live."));

        assertThat(waived.standard(mandatory).orElseThrow()).satisfies(standard -> {
            assertThat(standard.waived()).isTrue();
            assertThat(standard.waiverJustification()).isEqualTo("Penetration test booked before go-live.");
            assertThat(standard.effectiveOutcome()).as("a waiver does not change the outcome").isEqualTo(NOT_MET);
        });
        assertThat(blockers(project, ReviewAspect.STANDARDS_AND_RISK)).isEmpty();
        endorse(project);
        assertThat(fixtures.as(officer, () -> approvals.rounds(project.id())).getFirst().reviews())
                .extracting(review -> review.verdict()).containsExactly(Verdict.ENDORSE);
        assertThat(history(project)).extracting(AuditEvent::action).contains("STANDARDS_WAIVER_GRANTED");
    }

    @Test
    void the_reviewer_confirms_or_overrides_with_a_note_and_an_override_to_not_met_blocks() {
        Project project = submitted();
        ComplianceAssessment assessment = assessment(project);
        String overridden = firstMandatory(assessment);
        String confirmed = assessment.standards().stream().filter(standard -> !standard.code().equals(overridden))
                .findFirst().orElseThrow().code();

        ComplianceAssessment afterConfirmation = fixtures.as(authority, () -> compliance.review(project.id(),
                assessment.version(), confirmed, MET, null));
        assertThatThrownBy(() -> fixtures.as(authority, () -> compliance.review(project.id(),
                afterConfirmation.version(), overridden, NOT_MET, " ")))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .extracting(FieldProblem::field).containsExactly("note"));
        ComplianceAssessment afterOverride = fixtures.as(authority, () -> compliance.review(project.id(),
                afterConfirmation.version(), overridden, NOT_MET, "No threat model was attached."));

        assertThat(afterOverride.standard(confirmed).orElseThrow()).satisfies(standard -> {
            assertThat(standard.reviewerOutcome()).isEqualTo(MET);
            assertThat(standard.overridden()).isFalse();
        });
        assertThat(afterOverride.standard(overridden).orElseThrow()).satisfies(standard -> {
            assertThat(standard.selfOutcome()).isEqualTo(MET);
            assertThat(standard.reviewerOutcome()).isEqualTo(NOT_MET);
            assertThat(standard.reviewerNote()).isEqualTo("No threat model was attached.");
            assertThat(standard.effectiveOutcome()).isEqualTo(NOT_MET);
        });
        assertThat(blockers(project, ReviewAspect.STANDARDS_AND_RISK)).containsExactly(BLOCKED);
        assertThat(history(project)).first().satisfies(event -> {
            assertThat(event.action()).isEqualTo("STANDARDS_REVIEW");
            assertThat(event.actorUsername()).isEqualTo(authority.username());
            assertThat(event.before()).doesNotContain("No threat model");
            assertThat(event.after()).contains("No threat model was attached.");
        });
    }

    @Test
    void a_change_by_the_owner_after_a_return_clears_the_reviewers_outcome_and_waiver_of_that_standard_only() {
        Project project = submitted();
        ComplianceAssessment assessment = assessment(project);
        String changed = firstMandatory(assessment);
        String kept = assessment.standards().stream().filter(standard -> !standard.code().equals(changed))
                .findFirst().orElseThrow().code();
        int version = fixtures.as(authority, () -> compliance.review(project.id(), assessment.version(), changed,
                PARTIALLY_MET, "Only the web channel.")).version();
        version = fixtures.as(authority, () -> compliance.grantWaiver(project.id(), 2, changed,
                "The counter service follows in phase 2.")).version();
        int reviewed = fixtures.as(authority, () -> compliance.review(project.id(), 3, kept, MET, "Seen.")).version();
        returnToOwner(project);

        ComplianceAssessment resubmitted = selfAssess(project, reviewed,
                new SelfAssessmentInput(changed, PARTIALLY_MET, "Web and counter; telephone follows."),
                new SelfAssessmentInput(kept, MET, assessment.standard(kept).orElseThrow().evidence()));

        assertThat(resubmitted.standard(changed).orElseThrow()).satisfies(standard -> {
            assertThat(standard.reviewerOutcome()).isNull();
            assertThat(standard.waived()).isFalse();
            assertThat(standard.waiverJustification()).isNull();
        });
        assertThat(resubmitted.standard(kept).orElseThrow().reviewerOutcome()).isEqualTo(MET);
        assertThat(version).isEqualTo(3);
    }

    @Test
    void officers_and_authorities_of_other_organisations_get_nothing() {
        Project project = submitted();
        Organisation otherState = fixtures.organisation(null);
        TableroUser otherOfficer = fixtures.officerOf(otherState);
        TableroUser stateAuthority = fixtures.userOf(otherState, Role.DIGITAL_AUTHORITY);
        String code = assessment(project).standards().getFirst().code();
        Project draft = draft();
        int auditEvents = db.fetchCount(AUDIT_EVENT);

        assertThatThrownBy(() -> fixtures.as(otherOfficer, () -> compliance.assessment(project.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as(otherOfficer, () -> compliance.selfAssess(draft.id(), 0,
                List.of(new SelfAssessmentInput(code, NOT_MET, null))))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as(stateAuthority, () -> compliance.review(project.id(), 1, code, MET,
                null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as(stateAuthority, () -> compliance.grantWaiver(project.id(), 1, code,
                "Because."))).isInstanceOf(AccessDeniedException.class);

        assertThat(db.fetchCount(AUDIT_EVENT)).isEqualTo(auditEvents);
        assertThat(assessment(draft).catalogueFixed()).isFalse();
        assertThat(assessment(project).standards()).allSatisfy(standard -> assertThat(standard.reviewerOutcome())
                .isNull());
    }

    @Test
    void bad_input_and_the_wrong_people_are_refused_and_nothing_is_written() {
        TableroUser ownerAndAuthority = fixtures.userOf(ministry, Role.AGENCY_OFFICER, Role.DIGITAL_AUTHORITY);
        TableroUser budget = fixtures.nationalUser(Role.BUDGET_OFFICE);
        Project draft = draft();
        Project project = fixtures.as(ownerAndAuthority, () -> projects.create(Fixtures.project(ministry)));
        completeOtherAssessments(ownerAndAuthority, project);
        testData.completeSelfAssessment(ownerAndAuthority, project.id());
        fixtures.as(ownerAndAuthority, () -> approvals.submit(project.id()));
        ComplianceAssessment inReview = assessment(project);
        String code = firstMandatory(inReview);
        String written = snapshot();

        // the owner's part
        assertThatThrownBy(() -> selfAssess(draft, 0, new SelfAssessmentInput(code, MET, "")))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .extracting(FieldProblem::field, FieldProblem::messageKey)
                        .containsExactly(tuple("standards." + code + ".evidence", "standards.evidence-required")));
        assertThatThrownBy(() -> selfAssess(draft, 0, new SelfAssessmentInput(code, NOT_APPLICABLE, " ")))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .extracting(FieldProblem::messageKey).containsExactly("standards.reason-required"));
        assertThatThrownBy(() -> selfAssess(draft, 0, new SelfAssessmentInput(code, MET, "Fine."),
                new SelfAssessmentInput("NO-SUCH-STANDARD", MET, "Fine.")))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .extracting(FieldProblem::messageKey).containsExactly("standards.unknown-standard"));
        assertThatThrownBy(() -> fixtures.as(authority, () -> compliance.selfAssess(draft.id(), 0,
                List.of(new SelfAssessmentInput(code, MET, "Fine."))))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as(ownerAndAuthority, () -> compliance.selfAssess(project.id(),
                inReview.version(), List.of(new SelfAssessmentInput(code, NOT_MET, null)))))
                .as("in review").isInstanceOf(AccessDeniedException.class);

        // the reviewer's part
        assertThatThrownBy(() -> fixtures.as(authority, () -> compliance.grantWaiver(project.id(),
                inReview.version(), code, "  ")))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .extracting(FieldProblem::field).contains("justification"));
        assertThatThrownBy(() -> fixtures.as(authority, () -> compliance.review(project.id(), inReview.version(),
                "NO-SUCH-STANDARD", MET, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .extracting(FieldProblem::field, FieldProblem::messageKey)
                        .containsExactly(tuple("standardCode", "standards.unknown-standard")));
        assertThatThrownBy(() -> fixtures.as(budget, () -> compliance.review(project.id(), inReview.version(), code,
                NOT_MET, "Not an authority."))).as("not a digital authority")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as(officer, () -> compliance.grantWaiver(project.id(), inReview.version(),
                code, "Not an authority."))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as(ownerAndAuthority, () -> compliance.review(project.id(),
                inReview.version(), code, MET, "My own project."))).as("an owner")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as(authority, () -> compliance.review(draft.id(), 0, code, MET, null)))
                .as("not in review").isInstanceOf(AccessDeniedException.class);

        assertThat(snapshot()).isEqualTo(written);
        assertThat(assessment(project)).isEqualTo(inReview);
        assertThat(assessment(draft).catalogueFixed()).isFalse();
    }

    @Test
    void the_second_of_two_saves_based_on_the_same_version_is_refused() {
        Project project = draft();
        String code = assessment(project).standards().getFirst().code();
        selfAssess(project, 0, new SelfAssessmentInput(code, NOT_MET, null));

        assertThatThrownBy(() -> selfAssess(project, 0, new SelfAssessmentInput(code, MET, "Mine.")))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> selfAssess(project, 7, new SelfAssessmentInput(code, MET, "Mine.")))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(assessment(project).standard(code).orElseThrow().selfOutcome()).isEqualTo(NOT_MET);
    }

    @Test
    void a_save_that_changes_nothing_writes_nothing() {
        Project project = draft();
        String code = assessment(project).standards().getFirst().code();
        ComplianceAssessment saved = selfAssess(project, 0, new SelfAssessmentInput(code, MET, "Interviews."));
        String written = snapshot();

        ComplianceAssessment again = selfAssess(project, saved.version(),
                new SelfAssessmentInput(code, MET, " Interviews. "));

        assertThat(again).isEqualTo(saved);
        assertThat(snapshot()).isEqualTo(written);
        assertThatThrownBy(() -> selfAssess(project, 0, new SelfAssessmentInput(code, MET, "Interviews.")))
                .as("still based on an old version").isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void once_the_standards_verdict_is_given_the_outcomes_it_judged_no_longer_change() {
        Project project = submitted();
        ComplianceAssessment assessment = assessment(project);
        assertThat(fixtures.as(authority, () -> compliance.canReview(project))).isTrue();
        endorse(project);

        assertThat(fixtures.as(authority, () -> compliance.canReview(project))).isFalse();
        assertThatThrownBy(() -> fixtures.as(authority, () -> compliance.review(project.id(), assessment.version(),
                assessment.standards().getFirst().code(), NOT_MET, "Changed my mind.")))
                .isInstanceOf(AccessDeniedException.class);
    }

    /** A draft whose other assessments are complete, so that only standards matter here. */
    private Project draft() {
        Project draft = fixtures.as(officer, () -> projects.create(Fixtures.project(ministry)));
        completeOtherAssessments(officer, draft);
        return draft;
    }

    private void completeOtherAssessments(TableroUser owner, Project project) {
        risks.complete(owner, project.id());
        procurement.complete(owner, project.id());
        value.complete(owner, project.id());
    }

    private Project submitted() {
        Project project = draft();
        testData.completeSelfAssessment(officer, project.id());
        return submit(project);
    }

    private Project submit(Project project) {
        return fixtures.as(officer, () -> approvals.submit(project.id()));
    }

    private void endorse(Project project) {
        fixtures.as(authority, () -> approvals.review(project.id(), ReviewAspect.STANDARDS_AND_RISK, Verdict.ENDORSE,
                "Meets the standards."));
    }

    private void returnToOwner(Project project) {
        fixtures.as(authority, () -> approvals.review(project.id(), ReviewAspect.STANDARDS_AND_RISK,
                Verdict.REQUEST_CHANGES, "Omni-channel plan missing."));
        fixtures.as(fixtures.nationalUser(Role.BUDGET_OFFICE), () -> approvals.review(project.id(),
                ReviewAspect.VALUE_AND_COST, Verdict.ENDORSE, "Fine."));
        fixtures.as(fixtures.nationalUser(Role.PROCUREMENT_AUTHORITY), () -> approvals.review(project.id(),
                ReviewAspect.PROCUREMENT_STRATEGY, Verdict.ENDORSE, "Fine."));
        assertThat(fixtures.as(officer, () -> projects.get(project.id())).status()).isEqualTo(ProjectStatus.RETURNED);
    }

    private List<String> blockers(Project project, ReviewAspect aspect) {
        return fixtures.as(authority, () -> approvals.endorsementBlockers(project.id(), aspect));
    }

    private ComplianceAssessment selfAssess(Project project, int expectedVersion, SelfAssessmentInput... entries) {
        return fixtures.as(officer, () -> compliance.selfAssess(project.id(), expectedVersion, List.of(entries)));
    }

    private ComplianceAssessment assessment(Project project) {
        return fixtures.as(officer, () -> compliance.assessment(project.id()));
    }

    private List<AuditEvent> history(Project project) {
        return fixtures.as(officer, () -> projects.history(project.id()));
    }

    private static String firstMandatory(ComplianceAssessment assessment) {
        return assessment.standards().stream().filter(StandardCompliance::mandatory).findFirst().orElseThrow().code();
    }

    /** Counts of everything a change of an assessment writes. */
    private String snapshot() {
        return db.fetchCount(AUDIT_EVENT) + "/" + db.fetchCount(STANDARDS_ASSESSMENT) + "/"
                + db.fetchCount(STANDARD_COMPLIANCE) + "/"
                + db.fetch(STANDARD_COMPLIANCE.where(STANDARD_COMPLIANCE.REVIEWER_OUTCOME.isNotNull())).size();
    }
}
