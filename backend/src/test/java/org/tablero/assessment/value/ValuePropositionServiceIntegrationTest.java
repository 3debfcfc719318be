package org.tablero.assessment.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.tablero.assessment.value.EconomicAnalysisTest.year;
import static org.tablero.db.Tables.AUDIT_EVENT;
import static org.tablero.db.Tables.PROJECT;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.tablero.approval.ApprovalService;
import org.tablero.approval.ReviewAspect;
import org.tablero.audit.AuditEvent;
import org.tablero.common.ConcurrentEditException;
import org.tablero.common.FieldProblem;
import org.tablero.common.InvalidInputException;
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
class ValuePropositionServiceIntegrationTest {

    @Autowired
    ValuePropositionService values;

    @Autowired
    ValueSettingsService settings;

    @Autowired
    ProjectService projects;

    @Autowired
    ApprovalService approvals;

    @Autowired
    StrategyObjectiveService objectives;

    @Autowired
    ValueTestData valueTestData;

    @Autowired
    Fixtures fixtures;

    @Autowired
    DSLContext db;

    Organisation ministry;
    TableroUser officer;
    TableroUser budget;
    TableroUser admin;
    ValueSettings original;

    @BeforeEach
    void fivePercentAndEqualWeights() {
        ministry = fixtures.organisation(null);
        officer = fixtures.officerOf(ministry);
        budget = fixtures.nationalUser(Role.BUDGET_OFFICE);
        admin = fixtures.admin();
        original = fixtures.as(admin, settings::get);
        fixtures.as(admin, () -> settings.updateDiscountRate(new BigDecimal("0.05")));
        fixtures.as(admin, () -> settings.updateWeights(new DimensionWeights(BigDecimal.ONE, BigDecimal.ONE,
                BigDecimal.ONE, BigDecimal.ONE)));
    }

    @AfterEach
    void restoreSettings() {
        fixtures.as(admin, () -> settings.updateDiscountRate(original.discountRate()));
        fixtures.as(admin, () -> settings.updateWeights(original.weights()));
    }

    @Test
    void the_owner_saves_the_hand_worked_case_and_the_figures_are_computed_and_audited() {
        Project project = threeYearProject();
        long objective = valueTestData.newObjective().id();

        ValueProposition saved = save(project, 0, handWorked(objective, 3, 4, 2));

        assertThat(saved.economic().pvCosts()).isEqualByComparingTo("192.97");
        assertThat(saved.economic().pvBenefits()).isEqualByComparingTo("223.13");
        assertThat(saved.economic().npv()).isEqualByComparingTo("30.16");
        assertThat(saved.economic().bcr()).isEqualByComparingTo("1.156");
        assertThat(saved.economic().paybackYear()).isEqualTo(2028);
        assertThat(saved.economic().discountRate()).isEqualByComparingTo("0.05");
        assertThat(saved.economicScore()).as("BCR 1.156 lies in the band 1.00–1.25").isEqualTo(1);
        assertThat(saved.valueScore()).as("(1 + 3 + 4 + 2) / 4").isEqualByComparingTo("2.50");
        assertThat(saved.version()).isEqualTo(1);
        assertThat(saved.years()).extracting(ValueYear::year).containsExactly(2026, 2027, 2028);
        assertThat(saved.objectives()).extracting(StrategyObjective::id).containsExactly(objective);
        assertThat(fixtures.as(budget, () -> values.get(project.id()))).isEqualTo(saved);

        List<AuditEvent> history = fixtures.as(officer, () -> projects.history(project.id()));
        assertThat(history.getFirst().action()).isEqualTo(ValuePropositionService.AUDIT_ACTION);
        assertThat(history.getFirst().before()).isNull();
        assertThat(history.getFirst().after()).contains("30.16");
    }

    @Test
    void a_project_without_a_value_proposition_reads_as_an_empty_one() {
        Project project = threeYearProject();

        ValueProposition empty = fixtures.as(officer, () -> values.get(project.id()));

        assertThat(empty.version()).isZero();
        assertThat(empty.years()).isEmpty();
        assertThat(empty.economicScore()).isNull();
        assertThat(empty.valueScore()).isNull();
    }

    @Test
    void a_save_from_a_stale_version_is_refused_and_overwrites_nothing() {
        Project project = threeYearProject();
        long objective = valueTestData.newObjective().id();
        save(project, 0, handWorked(objective, 3, 4, 2));
        ValueProposition second = save(project, 1, withReuse(handWorked(objective, 3, 4, 2), "Second save"));
        int auditEvents = db.fetchCount(AUDIT_EVENT);

        assertThatThrownBy(() -> save(project, 1, withReuse(handWorked(objective, 3, 4, 2), "Stale save")))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> save(project, 0, withReuse(handWorked(objective, 3, 4, 2), "Stale first save")))
                .isInstanceOf(ConcurrentEditException.class);

        assertThat(fixtures.as(officer, () -> values.get(project.id()))).isEqualTo(second);
        assertThat(second.reuse()).isEqualTo("Second save");
        assertThat(second.version()).isEqualTo(2);
        assertThat(db.fetchCount(AUDIT_EVENT)).isEqualTo(auditEvents);
    }

    @Test
    void a_year_outside_the_planned_years_is_refused_and_nothing_is_written() {
        Project project = threeYearProject();
        long objective = valueTestData.newObjective().id();
        int auditEvents = db.fetchCount(AUDIT_EVENT);
        ValuePropositionInput input = withYears(handWorked(objective, 3, 4, 2),
                List.of(year(2026, "100", "0"), year(2030, "0", "500")));

        assertThatThrownBy(() -> save(project, 0, input)).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.problems()).containsExactly(
                        FieldProblem.of("years", "value.year-outside", 2030, 2026, 2028)));

        assertThat(fixtures.as(officer, () -> values.get(project.id())).version()).isZero();
        assertThat(db.fetchCount(AUDIT_EVENT)).isEqualTo(auditEvents);
    }

    @Test
    void an_officer_of_another_organisation_can_neither_read_nor_edit() {
        Project project = threeYearProject();
        TableroUser stranger = fixtures.officerOf(fixtures.organisation(null));
        long objective = valueTestData.newObjective().id();

        assertThatThrownBy(() -> fixtures.as(stranger, () -> values.get(project.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as(stranger, () -> values.save(project.id(), 0,
                handWorked(objective, 3, 4, 2)))).isInstanceOf(AccessDeniedException.class);
        assertThat(fixtures.as(officer, () -> values.get(project.id())).version()).isZero();
    }

    @Test
    void only_an_agency_officer_edits_the_value_proposition() {
        Project project = threeYearProject();
        long objective = valueTestData.newObjective().id();

        assertThatThrownBy(() -> fixtures.as(budget, () -> values.save(project.id(), 0,
                handWorked(objective, 3, 4, 2)))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void once_the_project_is_in_review_its_value_proposition_can_no_longer_be_edited() {
        Project project = threeYearProject();
        long objective = valueTestData.newObjective().id();
        save(project, 0, handWorked(objective, 3, 4, 2));
        db.update(PROJECT).set(PROJECT.STATUS, ProjectStatus.IN_REVIEW.name()).where(PROJECT.ID.eq(project.id()))
                .execute();
        int auditEvents = db.fetchCount(AUDIT_EVENT);

        assertThatThrownBy(() -> save(project, 1, withReuse(handWorked(objective, 3, 4, 2), "Too late")))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(fixtures.as(officer, () -> values.get(project.id())).version()).isEqualTo(1);
        assertThat(db.fetchCount(AUDIT_EVENT)).isEqualTo(auditEvents);
        assertThat(fixtures.as(officer, () -> values.canEdit(projects.get(project.id())))).isFalse();
    }

    @Test
    void an_objective_deactivated_after_it_was_linked_stays_but_an_inactive_one_cannot_be_linked_anew() {
        Project project = threeYearProject();
        StrategyObjective linked = valueTestData.newObjective();
        StrategyObjective other = valueTestData.newObjective();
        save(project, 0, handWorked(linked.id(), 3, 4, 2));
        deactivate(linked);
        deactivate(other);

        ValueProposition kept = save(project, 1, withReuse(handWorked(linked.id(), 3, 4, 2), "Still linked"));
        assertThat(kept.objectives()).extracting(StrategyObjective::id).containsExactly(linked.id());

        ValuePropositionInput withInactive = new ValuePropositionInput(kept.toInput().years(), "x", 1L, "x", "x", 3,
                Set.of(linked.id(), other.id()), "x", 4, "x", "x", "x", 2);
        assertThatThrownBy(() -> save(project, 2, withInactive)).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.problems()).extracting(FieldProblem::field, FieldProblem::messageKey)
                        .containsExactly(tuple("objectiveIds", "value.objective-unknown")));
    }

    @Test
    void submission_is_refused_while_the_value_proposition_is_incomplete() {
        Project project = threeYearProject();

        assertThatThrownBy(() -> fixtures.as(officer, () -> approvals.submit(project.id())))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .filteredOn(problem -> problem.field().equals("value"))
                        .extracting(FieldProblem::messageKey).contains("value.years-missing",
                                "value.objectives-missing"));

        assertThat(fixtures.as(officer, () -> projects.get(project.id())).status()).isEqualTo(ProjectStatus.DRAFT);
    }

    @Test
    void a_completed_value_proposition_lacks_nothing_for_submission() {
        Project project = threeYearProject();
        ValuePropositionInput partial = withReuse(handWorked(valueTestData.newObjective().id(), 3, 4, 2), " ");
        save(project, 0, partial);
        assertThat(fixtures.as(officer, () -> approvals.missingForSubmission(project.id())))
                .filteredOn(problem -> problem.field().equals("value"))
                .extracting(FieldProblem::messageKey).containsExactly("value.economic-incomplete");

        valueTestData.complete(officer, project.id());

        assertThat(fixtures.as(officer, () -> approvals.missingForSubmission(project.id())))
                .noneMatch(problem -> problem.field().equals("value"));
        assertThat(fixtures.as(officer, () -> values.missingForSubmission(project.id()))).isEmpty();
    }

    @Test
    void the_budget_office_cannot_endorse_an_incomplete_value_proposition() {
        Project project = threeYearProject();

        assertThat(fixtures.as(budget, () -> approvals.endorsementBlockers(project.id(),
                ReviewAspect.VALUE_AND_COST))).contains(ValueRules.INCOMPLETE);
        assertThat(fixtures.as(budget, () -> approvals.endorsementBlockers(project.id(),
                ReviewAspect.STANDARDS_AND_RISK))).doesNotContain(ValueRules.INCOMPLETE);

        valueTestData.complete(officer, project.id());

        assertThat(fixtures.as(budget, () -> approvals.endorsementBlockers(project.id(),
                ReviewAspect.VALUE_AND_COST))).doesNotContain(ValueRules.INCOMPLETE);
    }

    @Test
    void a_change_of_the_discount_rate_recomputes_the_figures_but_not_the_owners_version() {
        Project project = threeYearProject();
        save(project, 0, handWorked(valueTestData.newObjective().id(), 3, 4, 2));

        fixtures.as(admin, () -> settings.updateDiscountRate(BigDecimal.ZERO));

        ValueProposition recomputed = fixtures.as(officer, () -> values.get(project.id()));
        assertThat(recomputed.economic().npv()).as("240 − 200").isEqualByComparingTo("40.00");
        assertThat(recomputed.economic().bcr()).isEqualByComparingTo("1.200");
        assertThat(recomputed.economic().discountRate()).isEqualByComparingTo("0");
        assertThat(recomputed.version()).isEqualTo(1);
    }

    @Test
    void a_change_of_the_weights_recomputes_the_value_score() {
        Project project = threeYearProject();
        save(project, 0, handWorked(valueTestData.newObjective().id(), 3, 4, 2));

        fixtures.as(admin, () -> settings.updateWeights(new DimensionWeights(BigDecimal.ZERO, BigDecimal.ZERO,
                new BigDecimal("2"), BigDecimal.ZERO)));

        assertThat(fixtures.as(officer, () -> values.get(project.id())).valueScore()).as("the strategic score alone")
                .isEqualByComparingTo("4.00");
        assertThat(fixtures.as(budget, settings::get).weights().strategic()).isEqualByComparingTo("2");
    }

    @Test
    void weights_adding_up_to_zero_are_refused_and_change_nothing() {
        int auditEvents = db.fetchCount(AUDIT_EVENT);
        ValueSettings before = fixtures.as(admin, settings::get);

        assertThatThrownBy(() -> fixtures.as(admin, () -> settings.updateWeights(new DimensionWeights(
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("0.00")))))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .containsExactly(FieldProblem.of("weights", "value.weights-sum-zero")));

        assertThat(fixtures.as(admin, settings::get)).isEqualTo(before);
        assertThat(db.fetchCount(AUDIT_EVENT)).isEqualTo(auditEvents);
    }

    @Test
    void only_an_administrator_changes_the_settings_and_every_change_is_audited() {
        assertThatThrownBy(() -> fixtures.as(budget, () -> settings.updateDiscountRate(new BigDecimal("0.04"))))
                .isInstanceOf(AccessDeniedException.class);

        fixtures.as(admin, () -> settings.updateDiscountRate(new BigDecimal("0.04")));

        String after = db.select(AUDIT_EVENT.AFTER_STATE).from(AUDIT_EVENT)
                .where(AUDIT_EVENT.ENTITY_TYPE.eq(ValueSettingsService.AUDIT_TYPE))
                .orderBy(AUDIT_EVENT.ID.desc()).limit(1).fetchOne(r -> r.value1());
        assertThat(after).contains("0.04");
        assertThat(fixtures.as(officer, settings::get).discountRate()).isEqualByComparingTo("0.04");
    }

    private ValueProposition save(Project project, int version, ValuePropositionInput input) {
        return fixtures.as(officer, () -> values.save(project.id(), version, input));
    }

    private void deactivate(StrategyObjective objective) {
        fixtures.as(admin, () -> objectives.update(objective.id(), objective.version(),
                new StrategyObjectiveInput(objective.code(), objective.nameEn(), objective.nameEs(),
                        objective.namePt(), false)));
    }

    /** A project planned over 2026–2028. */
    private Project threeYearProject() {
        ProjectInput base = Fixtures.project(ministry);
        return fixtures.as(officer, () -> projects.create(new ProjectInput(base.code(), base.title(), base.summary(),
                base.organisationId(), base.category(), base.policyArea(), base.deliveryApproach(),
                base.iterationWeeks(), false, false, base.fundingSource(), base.plannedStart(),
                LocalDate.of(2028, 12, 31), base.infrastructure(), base.costs())));
    }

    /** Costs 100, 50, 50 and benefits 0, 120, 120 over 2026–2028, every dimension described. */
    static ValuePropositionInput handWorked(long objectiveId, int social, int strategic, int environmental) {
        return new ValuePropositionInput(List.of(year(2026, "100", "0"), year(2027, "50", "120"),
                year(2028, "50", "120")), "Reused by three agencies.", 12_000L, "Assisted channel.",
                "Same-day answers.", social, Set.of(objectiveId), "Serves the interoperability objective.", strategic,
                "Shared cloud.", "Six-year lifecycle.", "No new servers.", environmental);
    }

    static ValuePropositionInput withReuse(ValuePropositionInput input, String reuse) {
        return new ValuePropositionInput(input.years(), reuse, input.peopleReached(), input.inclusion(),
                input.serviceImprovement(), input.socialScore(), input.objectiveIds(), input.strategicAlignment(),
                input.strategicScore(), input.energyAndEmissions(), input.hardwareLifecycle(), input.greenByDesign(),
                input.environmentalScore());
    }

    static ValuePropositionInput withYears(ValuePropositionInput input, List<ValueYear> years) {
        return new ValuePropositionInput(years, input.reuse(), input.peopleReached(), input.inclusion(),
                input.serviceImprovement(), input.socialScore(), input.objectiveIds(), input.strategicAlignment(),
                input.strategicScore(), input.energyAndEmissions(), input.hardwareLifecycle(), input.greenByDesign(),
                input.environmentalScore());
    }
}
