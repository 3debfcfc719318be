package org.tablero.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.tablero.db.Tables.AUDIT_EVENT;
import static org.tablero.db.Tables.PROCUREMENT_CONTRACT;
import static org.tablero.db.Tables.PROCUREMENT_STRATEGY;
import static org.tablero.db.Tables.PROJECT;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.tablero.approval.ApprovalService;
import org.tablero.audit.AuditEvent;
import org.tablero.common.ConcurrentEditException;
import org.tablero.common.FieldProblem;
import org.tablero.common.InvalidInputException;
import org.tablero.common.NotFoundException;
import org.tablero.identity.Role;
import org.tablero.identity.TableroUser;
import org.tablero.organisation.Organisation;
import org.tablero.project.Infrastructure;
import org.tablero.project.PolicyArea;
import org.tablero.project.Project;
import org.tablero.project.ProjectInput;
import org.tablero.project.ProjectService;
import org.tablero.project.ProjectStatus;
import org.tablero.support.DatabaseTest;
import org.tablero.support.Fixtures;

@DatabaseTest
class ProcurementServiceIntegrationTest {

    private static final ProcurementStrategyInput OPEN_TENDER = new ProcurementStrategyInput(
            ProcurementMethod.OPEN_TENDER, JointProcurement.NONE, "Many suppliers compete");
    private static final ContractInput CONTRACT = new ContractInput("Acme Software S.A.",
            new BigDecimal("1234567.89"), LocalDate.of(2026, 3, 1), LocalDate.of(2027, 2, 28),
            "ocds-213czf-000-00001");

    @Autowired
    ProcurementService procurement;

    @Autowired
    ProjectService projects;

    @Autowired
    ApprovalService approvals;

    @Autowired
    ProcurementTestData procurementTestData;

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
        project = as(officer, () -> projects.create(Fixtures.project(ministry)));
    }

    @Test
    void the_owner_saves_and_changes_the_strategy_and_each_save_is_audited() {
        ProcurementStrategy created = as(officer, () -> procurement.saveStrategy(project.id(), null, OPEN_TENDER));
        ProcurementStrategy changed = as(officer, () -> procurement.saveStrategy(project.id(), created.version(),
                new ProcurementStrategyInput(ProcurementMethod.JOINT_PROCUREMENT, JointProcurement.PROPOSES,
                        "Three ministries need the same identity provider")));

        assertThat(changed.method()).isEqualTo(ProcurementMethod.JOINT_PROCUREMENT);
        assertThat(changed.jointProcurement()).isEqualTo(JointProcurement.PROPOSES);
        assertThat(as(officer, () -> procurement.strategy(project.id()))).contains(changed);
        List<AuditEvent> history = as(officer, () -> projects.history(project.id()));
        assertThat(history).extracting(AuditEvent::action)
                .startsWith("PROCUREMENT_STRATEGY_SAVE", "PROCUREMENT_STRATEGY_SAVE");
        assertThat(history.getFirst().before()).contains("OPEN_TENDER");
        assertThat(history.getFirst().after()).contains("JOINT_PROCUREMENT");
    }

    @Test
    void a_strategy_saved_from_a_stale_version_is_refused() {
        ProcurementStrategy created = as(officer, () -> procurement.saveStrategy(project.id(), null, OPEN_TENDER));
        as(officer, () -> procurement.saveStrategy(project.id(), created.version(), OPEN_TENDER));

        assertThatThrownBy(() -> as(officer, () -> procurement.saveStrategy(project.id(), created.version(),
                OPEN_TENDER))).isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> as(officer, () -> procurement.saveStrategy(project.id(), null, OPEN_TENDER)))
                .as("created meanwhile by someone else").isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void an_incomplete_strategy_is_refused_and_nothing_is_written() {
        int auditBefore = db.fetchCount(AUDIT_EVENT);

        assertThat(refusal(() -> as(officer, () -> procurement.saveStrategy(project.id(), null,
                new ProcurementStrategyInput(ProcurementMethod.JOINT_PROCUREMENT, JointProcurement.NONE, " ")))))
                .extracting(FieldProblem::field).containsExactly("rationale", "jointProcurement");

        assertThat(db.fetchCount(PROCUREMENT_STRATEGY, PROCUREMENT_STRATEGY.PROJECT_ID.eq(project.id()))).isZero();
        assertThat(db.fetchCount(AUDIT_EVENT)).isEqualTo(auditBefore);
    }

    @ParameterizedTest
    @EnumSource(value = ProjectStatus.class, names = {"DRAFT", "RETURNED"}, mode = EnumSource.Mode.EXCLUDE)
    void the_strategy_is_frozen_once_the_project_has_left_its_owner(ProjectStatus status) {
        ProcurementStrategy created = as(officer, () -> procurement.saveStrategy(project.id(), null, OPEN_TENDER));
        forceStatus(project, status);
        int auditBefore = db.fetchCount(AUDIT_EVENT);

        assertThatThrownBy(() -> as(officer, () -> procurement.saveStrategy(project.id(), created.version(),
                new ProcurementStrategyInput(ProcurementMethod.DIRECT_AWARD, JointProcurement.NONE, "Faster"))))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(as(officer, () -> procurement.strategy(project.id()))).contains(created);
        assertThat(db.fetchCount(AUDIT_EVENT)).isEqualTo(auditBefore);
    }

    @ParameterizedTest
    @EnumSource(value = ProjectStatus.class, names = {"APPROVED", "IN_EXECUTION", "ON_HOLD", "IN_REVIEW", "DRAFT"})
    void contracts_are_added_changed_and_removed_until_the_project_ends(ProjectStatus status) {
        forceStatus(project, status);

        Contract added = as(officer, () -> procurement.addContract(project.id(), CONTRACT));
        assertThat(added.value()).isEqualTo(new BigDecimal("1234567.89"));
        assertThat(added.ocid()).isEqualTo("ocds-213czf-000-00001");
        Contract changed = as(officer, () -> procurement.updateContract(project.id(), added.id(), added.version(),
                new ContractInput("Acme Software S.A.", new BigDecimal("1300000"), CONTRACT.startDate(),
                        LocalDate.of(2027, 6, 30), null)));
        assertThat(changed.value()).isEqualTo(new BigDecimal("1300000.00"));
        assertThat(changed.ocid()).isNull();
        assertThat(as(officer, () -> procurement.contracts(project.id()))).containsExactly(changed);
        as(officer, () -> {
            procurement.removeContract(project.id(), added.id(), changed.version());
            return null;
        });

        assertThat(as(officer, () -> procurement.contracts(project.id()))).isEmpty();
        List<AuditEvent> history = as(officer, () -> projects.history(project.id()));
        assertThat(history).extracting(AuditEvent::action)
                .startsWith("CONTRACT_REMOVE", "CONTRACT_UPDATE", "CONTRACT_ADD");
        assertThat(history.get(1).before()).contains("1234567.89").contains("ocds-213czf-000-00001");
        assertThat(history.get(1).after()).contains("1300000.00");
    }

    @ParameterizedTest
    @EnumSource(value = ProjectStatus.class, names = {"REJECTED", "COMPLETED", "CANCELLED"})
    void contracts_are_frozen_once_the_project_has_ended(ProjectStatus status) {
        Contract added = as(officer, () -> procurement.addContract(project.id(), CONTRACT));
        forceStatus(project, status);
        int auditBefore = db.fetchCount(AUDIT_EVENT);

        assertThatThrownBy(() -> as(officer, () -> procurement.addContract(project.id(), CONTRACT)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(officer, () -> procurement.updateContract(project.id(), added.id(),
                added.version(), CONTRACT))).isInstanceOf(AccessDeniedException.class);

        assertThat(as(officer, () -> procurement.contracts(project.id()))).containsExactly(added);
        assertThat(db.fetchCount(AUDIT_EVENT)).isEqualTo(auditBefore);
    }

    @Test
    void an_invalid_contract_is_refused_with_every_problem_and_nothing_is_written() {
        int contractsBefore = db.fetchCount(PROCUREMENT_CONTRACT);
        int auditBefore = db.fetchCount(AUDIT_EVENT);

        assertThat(refusal(() -> as(officer, () -> procurement.addContract(project.id(), new ContractInput("Acme",
                new BigDecimal("-5.00"), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1), "213czf-0001")))))
                .extracting(FieldProblem::field, FieldProblem::messageKey).containsExactlyInAnyOrder(
                        tuple("value", "procurement.contract-value"),
                        tuple("endDate", "validation.end-before-start"),
                        tuple("ocid", "procurement.ocid-format"));

        assertThat(db.fetchCount(PROCUREMENT_CONTRACT)).isEqualTo(contractsBefore);
        assertThat(db.fetchCount(AUDIT_EVENT)).isEqualTo(auditBefore);
    }

    @Test
    void a_contract_changed_from_a_stale_version_or_through_another_project_is_refused() {
        Contract added = as(officer, () -> procurement.addContract(project.id(), CONTRACT));
        as(officer, () -> procurement.updateContract(project.id(), added.id(), added.version(), CONTRACT));
        Project other = as(officer, () -> projects.create(Fixtures.project(ministry)));

        assertThatThrownBy(() -> as(officer, () -> procurement.updateContract(project.id(), added.id(),
                added.version(), CONTRACT))).isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> as(officer, () -> procurement.updateContract(other.id(), added.id(),
                added.version() + 1, CONTRACT))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void an_officer_of_another_organisation_can_neither_read_nor_change_the_procurement() {
        as(officer, () -> procurement.saveStrategy(project.id(), null, OPEN_TENDER));
        TableroUser stranger = fixtures.officerOf(fixtures.organisation(null));
        int auditBefore = db.fetchCount(AUDIT_EVENT);

        assertThatThrownBy(() -> as(stranger, () -> procurement.strategy(project.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(stranger, () -> procurement.contracts(project.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(stranger, () -> procurement.addContract(project.id(), CONTRACT)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(stranger, () -> procurement.saveStrategy(project.id(), 0, OPEN_TENDER)))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(db.fetchCount(AUDIT_EVENT)).isEqualTo(auditBefore);
    }

    @Test
    void submission_needs_a_strategy_and_the_test_helper_provides_it() {
        assertThat(missing(project)).containsExactly(tuple("procurement", "procurement.missing-strategy"));

        procurementTestData.complete(officer, project.id());

        assertThat(missing(project)).isEmpty();
    }

    @Test
    void joint_procurement_opportunities_are_limited_to_the_authoritys_subtree() {
        Organisation state = fixtures.organisation(null);
        Organisation health = fixtures.organisation(state);
        Organisation education = fixtures.organisation(state);
        Organisation elsewhere = fixtures.organisation(null);
        TableroUser healthOfficer = fixtures.officerOf(health);
        TableroUser educationOfficer = fixtures.officerOf(education);
        TableroUser outsideOfficer = fixtures.officerOf(elsewhere);
        TableroUser stateAuthority = fixtures.userOf(state, Role.PROCUREMENT_AUTHORITY);

        Project clinics = as(healthOfficer, () -> projects.create(kind(health, PolicyArea.SOCIAL_PROTECTION,
                Set.of(Infrastructure.PAYMENTS, Infrastructure.NOTIFICATIONS), "2026-01-01", "2026-12-31")));
        Project schools = as(educationOfficer, () -> projects.create(kind(education, PolicyArea.SOCIAL_PROTECTION,
                Set.of(Infrastructure.PAYMENTS), "2026-06-01", "2027-12-31")));
        Project later = as(educationOfficer, () -> projects.create(kind(education, PolicyArea.SOCIAL_PROTECTION,
                Set.of(Infrastructure.NOTIFICATIONS), "2027-01-01", "2027-12-31")));
        Project cancelled = as(educationOfficer, () -> projects.create(kind(education,
                PolicyArea.SOCIAL_PROTECTION, Set.of(Infrastructure.NOTIFICATIONS), "2026-01-01", "2026-12-31")));
        forceStatus(cancelled, ProjectStatus.CANCELLED);
        Project outside = as(outsideOfficer, () -> projects.create(kind(elsewhere, PolicyArea.SOCIAL_PROTECTION,
                Set.of(Infrastructure.PAYMENTS), "2026-01-01", "2026-12-31")));
        procurementTestData.complete(healthOfficer, clinics.id());

        List<JointProcurementOpportunity> seen = as(stateAuthority, () -> procurement.jointProcurementOpportunities());

        assertThat(seen).singleElement().satisfies(opportunity -> {
            assertThat(opportunity.policyArea()).isEqualTo(PolicyArea.SOCIAL_PROTECTION);
            assertThat(opportunity.infrastructure()).isEqualTo(Infrastructure.PAYMENTS);
            assertThat(opportunity.projects()).extracting(JointProcurementCandidate::projectId,
                    JointProcurementCandidate::method).containsExactly(
                            tuple(clinics.id(), ProcurementMethod.OPEN_TENDER), tuple(schools.id(), null));
        });
        assertThat(seen.getFirst().projects()).extracting(JointProcurementCandidate::projectId)
                .doesNotContain(outside.id(), later.id(), cancelled.id());

        List<JointProcurementOpportunity> seenByAdmin = as(fixtures.admin(),
                () -> procurement.jointProcurementOpportunities());
        assertThat(seenByAdmin).filteredOn(o -> o.infrastructure() == Infrastructure.PAYMENTS)
                .flatExtracting(JointProcurementOpportunity::projects)
                .extracting(JointProcurementCandidate::projectId).contains(clinics.id(), schools.id(), outside.id());
    }

    @Test
    void only_the_procurement_authority_and_the_administrator_see_joint_procurement_opportunities() {
        assertThatThrownBy(() -> as(officer, () -> procurement.jointProcurementOpportunities()))
                .isInstanceOf(AccessDeniedException.class);
        TableroUser budget = fixtures.nationalUser(Role.BUDGET_OFFICE);
        assertThatThrownBy(() -> as(budget, () -> procurement.jointProcurementOpportunities()))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static ProjectInput kind(Organisation organisation, PolicyArea area, Set<Infrastructure> infrastructure,
            String start, String end) {
        ProjectInput input = Fixtures.project(organisation);
        LocalDate plannedStart = LocalDate.parse(start);
        LocalDate plannedEnd = LocalDate.parse(end);
        return new ProjectInput(input.code(), input.title(), input.summary(), input.organisationId(),
                input.category(), area, input.deliveryApproach(), input.iterationWeeks(), false, false,
                input.fundingSource(), plannedStart, plannedEnd, infrastructure,
                input.costs().stream().filter(cost -> cost.fiscalYear() >= plannedStart.getYear()
                        && cost.fiscalYear() <= plannedEnd.getYear()).toList());
    }

    private List<org.assertj.core.groups.Tuple> missing(Project project) {
        return as(officer, () -> approvals.missingForSubmission(project.id())).stream()
                .filter(problem -> problem.field().equals("procurement"))
                .map(problem -> tuple(problem.field(), problem.messageKey())).toList();
    }

    private void forceStatus(Project project, ProjectStatus status) {
        db.update(PROJECT).set(PROJECT.STATUS, status.name()).where(PROJECT.ID.eq(project.id())).execute();
    }

    private <T> T as(TableroUser user, Supplier<T> task) {
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
}
