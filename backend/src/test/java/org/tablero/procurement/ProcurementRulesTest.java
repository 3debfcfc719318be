package org.tablero.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tablero.common.FieldProblem;
import org.tablero.common.InvalidInputException;
import org.tablero.common.Validation;
import org.tablero.project.Infrastructure;
import org.tablero.project.PolicyArea;
import org.tablero.project.ProjectStatus;

class ProcurementRulesTest {

    private static final LocalDate START = LocalDate.of(2026, 3, 1);
    private static final LocalDate END = LocalDate.of(2027, 2, 28);

    @ParameterizedTest
    @ValueSource(strings = {"ocds-213czf-000-00001", "ocds-b5fd17-2a6f8d1f-1c6e-4b3b-9f0e-0cf5a1b2c3d4",
            "ocds-fh349f-0005", "ocds-70d2nq-MX.2026/LPN:12_3"})
    void an_ocid_with_a_registered_prefix_and_an_identifier_is_accepted(String ocid) {
        assertThat(problems(contract("Acme S.A.", new BigDecimal("1000.00"), START, END, ocid))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"213czf-000-00001", "ocds-213czf", "ocds-213czf-", "ocds-213cz-0001",
            "ocds-213czfx-0001", "OCDS-213CZF-0001", "ocds-213czf-00 01", "ocds-213czf--0001", "LPN-12/2026"})
    void anything_else_is_refused_as_an_ocid(String ocid) {
        assertThat(problems(contract("Acme S.A.", BigDecimal.TEN, START, END, ocid)))
                .extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(tuple("ocid", "procurement.ocid-format"));
    }

    @Test
    void the_ocid_is_optional() {
        assertThat(problems(contract("Acme S.A.", BigDecimal.TEN, START, END, null))).isEmpty();
        assertThat(problems(contract("Acme S.A.", BigDecimal.TEN, START, END, "  "))).isEmpty();
    }

    @Test
    void a_contract_value_is_zero_or_more_and_exact_to_the_cent() {
        assertThat(problems(contract("Acme", BigDecimal.ZERO, START, END, null))).isEmpty();
        assertThat(problems(contract("Acme", new BigDecimal("10.500"), START, END, null)))
                .as("trailing zeros are exact").isEmpty();
        assertThat(problems(contract("Acme", new BigDecimal("-0.01"), START, END, null)))
                .extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(tuple("value", "procurement.contract-value"));
        assertThat(problems(contract("Acme", new BigDecimal("10.005"), START, END, null)))
                .extracting(FieldProblem::messageKey).containsExactly("procurement.contract-value");
        assertThat(problems(contract("Acme", new BigDecimal("1E+17"), START, END, null)))
                .as("more than DECIMAL(19,2) holds").extracting(FieldProblem::messageKey)
                .containsExactly("procurement.contract-value");
    }

    @Test
    void a_contract_ends_after_it_starts() {
        assertThat(problems(contract("Acme", BigDecimal.TEN, START, START, null)))
                .extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(tuple("endDate", "validation.end-before-start"));
        assertThat(problems(contract("Acme", BigDecimal.TEN, START, START.minusDays(1), null)))
                .extracting(FieldProblem::field).containsExactly("endDate");
        assertThat(problems(contract("Acme", BigDecimal.TEN, START, START.plusDays(1), null))).isEmpty();
    }

    @Test
    void a_contract_needs_a_supplier_a_value_and_both_dates() {
        assertThat(problems(contract(" ", null, null, null, null))).extracting(FieldProblem::field)
                .containsExactly("supplier", "value", "startDate", "endDate");
    }

    @Test
    void a_strategy_needs_a_method_joint_procurement_and_a_rationale() {
        assertThat(problems(new ProcurementStrategyInput(null, null, " "))).extracting(FieldProblem::field)
                .containsExactly("method", "jointProcurement", "rationale");
        assertThat(problems(new ProcurementStrategyInput(ProcurementMethod.OPEN_TENDER, JointProcurement.NONE,
                "Competitive market"))).isEmpty();
    }

    @Test
    void the_joint_procurement_method_needs_the_project_to_join_or_propose_one() {
        assertThat(problems(new ProcurementStrategyInput(ProcurementMethod.JOINT_PROCUREMENT,
                JointProcurement.NONE, "Shared licences"))).extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(tuple("jointProcurement", "procurement.joint-method-needs-joint"));
        assertThat(problems(new ProcurementStrategyInput(ProcurementMethod.JOINT_PROCUREMENT,
                JointProcurement.JOINS, "Shared licences"))).isEmpty();
    }

    @Test
    void submission_needs_a_complete_strategy() {
        assertThat(ProcurementRules.missingForSubmission(Optional.empty()))
                .extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(tuple("procurement", "procurement.missing-strategy"));
        assertThat(ProcurementRules.missingForSubmission(Optional.of(new ProcurementStrategy(1,
                ProcurementMethod.IN_HOUSE, JointProcurement.NONE, "Own team", 0, Instant.now())))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = ProjectStatus.class, names = {"REJECTED", "COMPLETED", "CANCELLED"},
            mode = EnumSource.Mode.EXCLUDE)
    void contracts_change_in_every_status_that_is_not_terminal(ProjectStatus status) {
        assertThat(ProcurementRules.contractsEditable(status)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = ProjectStatus.class, names = {"REJECTED", "COMPLETED", "CANCELLED"})
    void contracts_are_frozen_once_the_project_has_ended(ProjectStatus status) {
        assertThat(ProcurementRules.contractsEditable(status)).isFalse();
    }

    // --- joint procurement ---

    @Test
    void two_organisations_building_the_same_thing_at_overlapping_times_are_an_opportunity() {
        var a = candidate(1, 10, PolicyArea.HEALTH, Infrastructure.DIGITAL_IDENTITY, "2026-01-01", "2026-12-31");
        var b = candidate(2, 20, PolicyArea.HEALTH, Infrastructure.DIGITAL_IDENTITY, "2026-12-31", "2028-06-30");

        assertThat(ProcurementRules.opportunities(List.of(b, a))).singleElement().satisfies(opportunity -> {
            assertThat(opportunity.policyArea()).isEqualTo(PolicyArea.HEALTH);
            assertThat(opportunity.infrastructure()).isEqualTo(Infrastructure.DIGITAL_IDENTITY);
            assertThat(opportunity.projects()).containsExactly(a, b);
            assertThat(opportunity.from()).isEqualTo("2026-01-01");
            assertThat(opportunity.to()).isEqualTo("2028-06-30");
            assertThat(opportunity.organisationCount()).isEqualTo(2);
        });
    }

    @Test
    void periods_that_do_not_overlap_are_no_opportunity() {
        var a = candidate(1, 10, PolicyArea.HEALTH, Infrastructure.PAYMENTS, "2026-01-01", "2026-12-31");
        var b = candidate(2, 20, PolicyArea.HEALTH, Infrastructure.PAYMENTS, "2027-01-01", "2027-12-31");
        assertThat(ProcurementRules.opportunities(List.of(a, b))).isEmpty();
    }

    @Test
    void projects_of_one_organisation_are_no_opportunity() {
        var a = candidate(1, 10, PolicyArea.HEALTH, Infrastructure.PAYMENTS, "2026-01-01", "2026-12-31");
        var b = candidate(2, 10, PolicyArea.HEALTH, Infrastructure.PAYMENTS, "2026-06-01", "2027-12-31");
        assertThat(ProcurementRules.opportunities(List.of(a, b))).isEmpty();
    }

    @Test
    void another_policy_area_or_another_infrastructure_is_another_kind_of_solution() {
        var a = candidate(1, 10, PolicyArea.HEALTH, Infrastructure.PAYMENTS, "2026-01-01", "2026-12-31");
        var otherArea = candidate(2, 20, PolicyArea.EDUCATION, Infrastructure.PAYMENTS, "2026-01-01", "2026-12-31");
        var otherInfrastructure = candidate(3, 30, PolicyArea.HEALTH, Infrastructure.CLOUD, "2026-01-01",
                "2026-12-31");
        assertThat(ProcurementRules.opportunities(List.of(a, otherArea, otherInfrastructure))).isEmpty();
    }

    @Test
    void projects_chained_by_overlap_form_one_group_and_a_lone_same_organisation_project_is_left_out() {
        // 10's first project overlaps only its sibling; the sibling overlaps 20's project; 30 comes much later
        var early = candidate(1, 10, PolicyArea.TAX_AND_CUSTOMS, Infrastructure.CLOUD, "2025-01-01", "2025-12-31");
        var sibling = candidate(2, 10, PolicyArea.TAX_AND_CUSTOMS, Infrastructure.CLOUD, "2025-11-01", "2026-12-31");
        var partner = candidate(3, 20, PolicyArea.TAX_AND_CUSTOMS, Infrastructure.CLOUD, "2026-06-01", "2027-06-30");
        var third = candidate(4, 30, PolicyArea.TAX_AND_CUSTOMS, Infrastructure.CLOUD, "2027-06-30", "2028-12-31");
        var late = candidate(5, 40, PolicyArea.TAX_AND_CUSTOMS, Infrastructure.CLOUD, "2030-01-01", "2031-12-31");
        var lateToo = candidate(6, 50, PolicyArea.TAX_AND_CUSTOMS, Infrastructure.CLOUD, "2031-01-01", "2032-12-31");

        List<JointProcurementOpportunity> opportunities = ProcurementRules.opportunities(
                List.of(late, third, early, partner, lateToo, sibling));

        assertThat(opportunities).extracting(JointProcurementOpportunity::projects).containsExactly(
                List.of(sibling, partner, third), List.of(late, lateToo));
        assertThat(opportunities.getFirst().from()).isEqualTo("2025-11-01");
        assertThat(opportunities.getFirst().to()).isEqualTo("2028-12-31");
    }

    @Test
    void a_project_with_two_shared_infrastructure_items_appears_in_each_kind_of_solution() {
        var aId = candidate(1, 10, PolicyArea.HEALTH, Infrastructure.DIGITAL_IDENTITY, "2026-01-01", "2026-12-31");
        var aPay = candidate(1, 10, PolicyArea.HEALTH, Infrastructure.PAYMENTS, "2026-01-01", "2026-12-31");
        var bId = candidate(2, 20, PolicyArea.HEALTH, Infrastructure.DIGITAL_IDENTITY, "2026-01-01", "2026-12-31");
        var bPay = candidate(2, 20, PolicyArea.HEALTH, Infrastructure.PAYMENTS, "2026-01-01", "2026-12-31");

        assertThat(ProcurementRules.opportunities(List.of(aId, aPay, bId, bPay)))
                .extracting(JointProcurementOpportunity::infrastructure)
                .containsExactly(Infrastructure.DIGITAL_IDENTITY, Infrastructure.PAYMENTS);
    }

    private static JointProcurementCandidate candidate(long projectId, long organisationId, PolicyArea area,
            Infrastructure infrastructure, String start, String end) {
        return new JointProcurementCandidate(projectId, "PRJ-" + projectId, "Project " + projectId, organisationId,
                "Organisation " + organisationId, ProjectStatus.DRAFT, area, infrastructure, LocalDate.parse(start),
                LocalDate.parse(end), null, null);
    }

    private static ContractInput contract(String supplier, BigDecimal value, LocalDate start, LocalDate end,
            String ocid) {
        return new ContractInput(supplier, value, start, end, ocid);
    }

    private static List<FieldProblem> problems(ContractInput input) {
        return problems(ProcurementRules.validate(input));
    }

    private static List<FieldProblem> problems(ProcurementStrategyInput input) {
        return problems(ProcurementRules.validate(input));
    }

    private static List<FieldProblem> problems(Validation validation) {
        try {
            validation.throwIfInvalid();
            return List.of();
        } catch (InvalidInputException e) {
            return e.problems();
        }
    }
}
