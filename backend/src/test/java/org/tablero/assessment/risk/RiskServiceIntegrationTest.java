package org.tablero.assessment.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.tablero.db.Tables.ALGORITHMIC_TRANSPARENCY;
import static org.tablero.db.Tables.AUDIT_EVENT;
import static org.tablero.db.Tables.PROJECT;
import static org.tablero.db.Tables.RISK;

import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.tablero.approval.ApprovalService;
import org.tablero.approval.ReviewAspect;
import org.tablero.approval.TierRule;
import org.tablero.audit.AuditEvent;
import org.tablero.common.ConcurrentEditException;
import org.tablero.common.FieldProblem;
import org.tablero.common.InvalidInputException;
import org.tablero.common.NotFoundException;
import org.tablero.identity.Role;
import org.tablero.identity.TableroUser;
import org.tablero.organisation.Organisation;
import org.tablero.project.Project;
import org.tablero.project.ProjectInput;
import org.tablero.project.ProjectService;
import org.tablero.project.ProjectStatus;
import org.tablero.support.DatabaseTest;
import org.tablero.support.Fixtures;

@DatabaseTest
class RiskServiceIntegrationTest {

    private static final List<String> RISK_FIELDS = List.of("risks", "transparency");

    @Autowired
    RiskService risks;

    @Autowired
    ProjectService projects;

    @Autowired
    ApprovalService approvals;

    @Autowired
    List<TierRule> tierRules;

    @Autowired
    RiskTestData riskTestData;

    @Autowired
    Fixtures fixtures;

    @Autowired
    DSLContext db;

    Organisation ministry;
    TableroUser officer;
    Project project;

    @BeforeEach
    void project() {
        ministry = fixtures.organisation(null);
        officer = fixtures.officerOf(ministry);
        project = fixtures.as(officer, () -> projects.create(Fixtures.project(ministry)));
    }

    @Test
    void adding_changing_and_removing_a_risk_is_audited_on_the_project() {
        Risk added = as(officer, () -> risks.add(project.id(), RiskTestData.risk(RiskCategory.VENDOR_LOCK_IN, 4, 4,
                2, 4, "Open standards in the contract", "Chief architect")));
        assertThat(added.level()).isEqualTo(RiskLevel.CRITICAL);
        assertThat(added.residualLevel()).isEqualTo(RiskLevel.MEDIUM);

        RiskInput changed = new RiskInput(RiskCategory.VENDOR_LOCK_IN, "Locked into one cloud", 4, 4,
                "Open standards", 2, 2, "Chief architect", RiskStatus.MITIGATED);
        Risk updated = as(officer, () -> risks.update(project.id(), added.id(), added.version(), changed));
        assertThat(updated.version()).isEqualTo(added.version() + 1);
        assertThat(updated.residualLevel()).isEqualTo(RiskLevel.LOW);

        as(officer, () -> {
            risks.remove(project.id(), added.id(), updated.version());
            return null;
        });

        assertThat(as(officer, () -> risks.risks(project.id()))).isEmpty();
        List<AuditEvent> history = as(officer, () -> projects.history(project.id()));
        assertThat(history).extracting(AuditEvent::action).startsWith("RISK_REMOVE", "RISK_UPDATE", "RISK_ADD");
        assertThat(history.get(1).before()).contains("Risk of VENDOR_LOCK_IN");
        assertThat(history.get(1).after()).contains("Locked into one cloud").contains("MITIGATED");
        assertThat(history.getFirst().before()).contains("Locked into one cloud");
        assertThat(history.getFirst().after()).isNull();
    }

    @Test
    void values_outside_1_to_5_are_refused_and_nothing_is_written() {
        int risksBefore = db.fetchCount(RISK);
        int auditBefore = db.fetchCount(AUDIT_EVENT);

        assertThat(refusal(() -> as(officer, () -> risks.add(project.id(), new RiskInput(RiskCategory.FINANCIAL,
                "Overrun", 6, 0, null, 1, 1, null, RiskStatus.OPEN)))))
                .extracting(FieldProblem::field, FieldProblem::messageKey, FieldProblem::arguments)
                .containsExactly(tuple("likelihood", "risk.out-of-range", List.of(1, 5)),
                        tuple("impact", "risk.out-of-range", List.of(1, 5)));

        assertThat(db.fetchCount(RISK)).isEqualTo(risksBefore);
        assertThat(db.fetchCount(AUDIT_EVENT)).isEqualTo(auditBefore);
    }

    @Test
    void an_out_of_range_change_leaves_the_risk_as_it_was() {
        Risk added = as(officer, () -> risks.add(project.id(), RiskTestData.risk(RiskCategory.FINANCIAL, 3, 3, 2,
                2, "Reserve", "CFO")));
        int auditBefore = db.fetchCount(AUDIT_EVENT);

        assertThat(refusal(() -> as(officer, () -> risks.update(project.id(), added.id(), added.version(),
                RiskTestData.risk(RiskCategory.FINANCIAL, 3, 3, 2, 9, "Reserve", "CFO")))))
                .extracting(FieldProblem::field).containsExactly("residualImpact");

        assertThat(as(officer, () -> risks.get(project.id(), added.id()))).isEqualTo(added);
        assertThat(db.fetchCount(AUDIT_EVENT)).isEqualTo(auditBefore);
    }

    @Test
    void the_second_of_two_edits_from_the_same_version_is_refused() {
        Risk added = as(officer, () -> risks.add(project.id(), RiskTestData.risk(RiskCategory.ADOPTION, 3, 3, 2, 2,
                "Training", "Service owner")));
        as(officer, () -> risks.update(project.id(), added.id(), added.version(), RiskTestData.risk(
                RiskCategory.ADOPTION, 3, 3, 1, 2, "Training", "Service owner")));

        assertThatThrownBy(() -> as(officer, () -> risks.update(project.id(), added.id(), added.version(),
                RiskTestData.risk(RiskCategory.ADOPTION, 5, 5, 5, 5, "Nothing", "Nobody"))))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> as(officer, () -> {
            risks.remove(project.id(), added.id(), added.version());
            return null;
        })).isInstanceOf(ConcurrentEditException.class);
        assertThat(as(officer, () -> risks.get(project.id(), added.id())).residualLikelihood()).isEqualTo(1);
    }

    @Test
    void an_officer_of_another_organisation_can_neither_read_nor_change_the_register() {
        Risk added = as(officer, () -> risks.add(project.id(), RiskTestData.risk(RiskCategory.FINANCIAL, 2, 2, 2, 2,
                null, null)));
        TableroUser stranger = fixtures.officerOf(fixtures.organisation(null));
        int auditBefore = db.fetchCount(AUDIT_EVENT);

        assertThatThrownBy(() -> as(stranger, () -> risks.risks(project.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(stranger, () -> risks.heatMaps(project.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(stranger, () -> risks.add(project.id(), RiskTestData.risk(RiskCategory.FINANCIAL,
                2, 2, 2, 2, null, null)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(stranger, () -> risks.update(project.id(), added.id(), added.version(),
                RiskTestData.risk(RiskCategory.FINANCIAL, 5, 5, 5, 5, null, null))))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(as(officer, () -> risks.risks(project.id()))).containsExactly(added);
        assertThat(db.fetchCount(AUDIT_EVENT)).isEqualTo(auditBefore);
    }

    @Test
    void a_risk_is_reached_only_through_its_own_project() {
        Project other = as(officer, () -> projects.create(Fixtures.project(ministry)));
        Risk added = as(officer, () -> risks.add(project.id(), RiskTestData.risk(RiskCategory.FINANCIAL, 2, 2, 2, 2,
                null, null)));

        assertThatThrownBy(() -> as(officer, () -> risks.update(other.id(), added.id(), added.version(),
                RiskTestData.risk(RiskCategory.FINANCIAL, 5, 5, 5, 5, null, null))))
                .isInstanceOf(NotFoundException.class);
        assertThat(as(officer, () -> risks.get(project.id(), added.id()))).isEqualTo(added);
    }

    @Test
    void an_authority_reads_the_register_but_cannot_change_it() {
        as(officer, () -> risks.add(project.id(), RiskTestData.risk(RiskCategory.FINANCIAL, 2, 2, 2, 2, null,
                null)));
        TableroUser authority = fixtures.nationalUser(Role.DIGITAL_AUTHORITY);

        assertThat(as(authority, () -> risks.risks(project.id()))).hasSize(1);
        assertThatThrownBy(() -> as(authority, () -> risks.add(project.id(), RiskTestData.risk(
                RiskCategory.FINANCIAL, 2, 2, 2, 2, null, null)))).isInstanceOf(AccessDeniedException.class);
    }

    @ParameterizedTest
    @EnumSource(value = ProjectStatus.class, names = {"DRAFT", "RETURNED"}, mode = EnumSource.Mode.EXCLUDE)
    void the_register_is_frozen_once_the_project_has_left_its_owner(ProjectStatus status) {
        Risk added = as(officer, () -> risks.add(project.id(), RiskTestData.risk(RiskCategory.FINANCIAL, 2, 2, 2, 2,
                null, null)));
        forceStatus(project, status);
        int auditBefore = db.fetchCount(AUDIT_EVENT);

        assertThatThrownBy(() -> as(officer, () -> risks.add(project.id(), RiskTestData.risk(RiskCategory.FINANCIAL,
                2, 2, 2, 2, null, null)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(officer, () -> {
            risks.remove(project.id(), added.id(), added.version());
            return null;
        })).isInstanceOf(AccessDeniedException.class);

        assertThat(as(officer, () -> risks.risks(project.id()))).containsExactly(added);
        assertThat(db.fetchCount(AUDIT_EVENT)).isEqualTo(auditBefore);
    }

    @Test
    void a_returned_project_can_be_edited_again() {
        forceStatus(project, ProjectStatus.RETURNED);
        assertThat(as(officer, () -> risks.add(project.id(), RiskTestData.risk(RiskCategory.FINANCIAL, 2, 2, 2, 2,
                null, null)))).isNotNull();
    }

    @Test
    void the_transparency_record_is_created_changed_and_locked_like_the_rest() {
        Project ai = as(officer, () -> projects.create(usingAi(Fixtures.project(ministry))));
        TransparencyInput input = new TransparencyInput("Triage", "Claims since 2019", "A clerk decides");

        TransparencyRecord created = as(officer, () -> risks.saveTransparency(ai.id(), null, input));
        TransparencyRecord changed = as(officer, () -> risks.saveTransparency(ai.id(), created.version(),
                new TransparencyInput("Triage of claims", "Claims since 2019", "A clerk decides")));

        assertThat(changed.purpose()).isEqualTo("Triage of claims");
        assertThat(changed.version()).isEqualTo(created.version() + 1);
        assertThatThrownBy(() -> as(officer, () -> risks.saveTransparency(ai.id(), created.version(), input)))
                .as("a stale version").isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> as(officer, () -> risks.saveTransparency(ai.id(), null, input)))
                .as("created meanwhile by someone else").isInstanceOf(ConcurrentEditException.class);
        assertThat(as(officer, () -> risks.transparency(ai.id()))).contains(changed);
        assertThat(as(officer, () -> projects.history(ai.id()))).extracting(AuditEvent::action)
                .startsWith("TRANSPARENCY_SAVE", "TRANSPARENCY_SAVE");
    }

    @Test
    void an_incomplete_transparency_record_or_one_for_a_project_without_ai_is_refused_and_nothing_is_written() {
        Project ai = as(officer, () -> projects.create(usingAi(Fixtures.project(ministry))));
        int auditBefore = db.fetchCount(AUDIT_EVENT);

        assertThat(refusal(() -> as(officer, () -> risks.saveTransparency(ai.id(), null, new TransparencyInput(
                "Triage", " ", null))))).extracting(FieldProblem::field).containsExactly("dataUsed", "humanOversight");
        assertThat(refusal(() -> as(officer, () -> risks.saveTransparency(project.id(), null, new TransparencyInput(
                "Triage", "Claims", "A clerk")))))
                .extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(tuple("transparency", "risk.transparency-needs-ai"));

        assertThat(db.fetchCount(ALGORITHMIC_TRANSPARENCY, ALGORITHMIC_TRANSPARENCY.PROJECT_ID.in(ai.id(),
                project.id()))).isZero();
        assertThat(db.fetchCount(AUDIT_EVENT)).isEqualTo(auditBefore);
    }

    @Test
    void submission_needs_a_risk_and_the_test_helper_completes_the_assessment() {
        assertThat(missing(project)).containsExactly(tuple("risks", "risk.missing-risks"));

        riskTestData.complete(officer, project.id());

        assertThat(missing(project)).isEmpty();
    }

    @Test
    void a_project_using_ai_needs_an_ethics_risk_and_a_transparency_record_before_submission() {
        Project ai = as(officer, () -> projects.create(usingAi(Fixtures.project(ministry))));
        as(officer, () -> risks.add(ai.id(), RiskTestData.risk(RiskCategory.CYBERSECURITY, 3, 3, 2, 2, "MFA",
                "CISO")));
        assertThat(missing(ai)).containsExactly(tuple("risks", "risk.missing-ai-risk"),
                tuple("transparency", "risk.missing-transparency"));

        as(officer, () -> risks.add(ai.id(), RiskTestData.risk(RiskCategory.ETHICS_AND_AI, 3, 3, 2, 2,
                "Bias audit", "CDO")));
        assertThat(missing(ai)).containsExactly(tuple("transparency", "risk.missing-transparency"));

        as(officer, () -> risks.saveTransparency(ai.id(), null, new TransparencyInput("Triage", "Claims",
                "A clerk decides")));
        assertThat(missing(ai)).isEmpty();
    }

    @Test
    void an_unmitigated_high_residual_risk_blocks_the_endorsement_of_every_aspect_until_mitigated_and_owned() {
        Risk unmitigated = as(officer, () -> risks.add(project.id(), RiskTestData.risk(RiskCategory.CYBERSECURITY,
                4, 4, 3, 4, null, "CISO")));
        for (ReviewAspect aspect : ReviewAspect.values()) {
            assertThat(as(officer, () -> approvals.endorsementBlockers(project.id(), aspect)))
                    .as(aspect.name()).contains("risk.blocked.unmitigated-high-risk");
        }

        as(officer, () -> risks.update(project.id(), unmitigated.id(), unmitigated.version(), RiskTestData.risk(
                RiskCategory.CYBERSECURITY, 4, 4, 3, 4, "Penetration tests and MFA", "CISO")));

        for (ReviewAspect aspect : ReviewAspect.values()) {
            assertThat(as(officer, () -> approvals.endorsementBlockers(project.id(), aspect)))
                    .as(aspect.name()).doesNotContain("risk.blocked.unmitigated-high-risk");
        }
    }

    @Test
    void a_residual_critical_risk_makes_the_project_strategic() {
        TierRule rule = tierRules.stream().filter(RiskTierRule.class::isInstance).findFirst().orElseThrow();
        Risk risk = as(officer, () -> risks.add(project.id(), RiskTestData.risk(RiskCategory.FINANCIAL, 5, 5, 4, 4,
                "Reserve", "CFO")));
        assertThat(rule.requiresStrategicTier(project)).as("residual 16").isTrue();

        as(officer, () -> risks.update(project.id(), risk.id(), risk.version(), RiskTestData.risk(
                RiskCategory.FINANCIAL, 5, 5, 3, 4, "Reserve", "CFO")));
        assertThat(rule.requiresStrategicTier(project)).as("residual 12").isFalse();
    }

    @Test
    void heat_maps_and_counts_cover_the_register() {
        as(officer, () -> risks.add(project.id(), RiskTestData.risk(RiskCategory.CYBERSECURITY, 5, 4, 2, 4, "MFA",
                "CISO")));
        as(officer, () -> risks.add(project.id(), RiskTestData.risk(RiskCategory.CYBERSECURITY, 5, 4, 2, 2, "MFA",
                "CISO")));
        TableroUser budget = fixtures.nationalUser(Role.BUDGET_OFFICE);

        RiskHeatMaps maps = as(budget, () -> risks.heatMaps(project.id()));
        assertThat(maps.inherent().count(5, 4)).isEqualTo(2);
        assertThat(maps.residual().count(2, 4)).isEqualTo(1);
        assertThat(maps.residual().count(2, 2)).isEqualTo(1);
        assertThat(as(budget, () -> risks.counts(project.id()))).containsExactly(
                new RiskCount(RiskCategory.CYBERSECURITY, RiskStatus.OPEN, RiskLevel.CRITICAL, RiskLevel.LOW, 1),
                new RiskCount(RiskCategory.CYBERSECURITY, RiskStatus.OPEN, RiskLevel.CRITICAL, RiskLevel.MEDIUM, 1));
    }

    private List<org.assertj.core.groups.Tuple> missing(Project project) {
        return as(officer, () -> approvals.missingForSubmission(project.id())).stream()
                .filter(problem -> RISK_FIELDS.contains(problem.field()))
                .map(problem -> tuple(problem.field(), problem.messageKey())).toList();
    }

    private void forceStatus(Project project, ProjectStatus status) {
        db.update(PROJECT).set(PROJECT.STATUS, status.name()).where(PROJECT.ID.eq(project.id())).execute();
    }

    private <T> T as(TableroUser user, java.util.function.Supplier<T> task) {
        return fixtures.as(user, task);
    }

    private static List<FieldProblem> refusal(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException e) {
            return e.problems();
        }
        throw new AssertionError("the input was accepted");
    }

    private static ProjectInput usingAi(ProjectInput input) {
        return new ProjectInput(input.code(), input.title(), input.summary(), input.organisationId(),
                input.category(), input.policyArea(), input.deliveryApproach(), input.iterationWeeks(), true, false,
                input.fundingSource(), input.plannedStart(), input.plannedEnd(), input.infrastructure(),
                input.costs());
    }
}
