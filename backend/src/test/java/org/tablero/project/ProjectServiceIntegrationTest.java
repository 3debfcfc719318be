package org.tablero.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.tablero.db.Tables.AUDIT_EVENT;
import static org.tablero.db.Tables.PROJECT;

import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.tablero.audit.AuditEvent;
import org.tablero.common.ConcurrentEditException;
import org.tablero.common.FieldProblem;
import org.tablero.common.InvalidInputException;
import org.tablero.identity.TableroUser;
import org.tablero.organisation.Organisation;
import org.tablero.support.DatabaseTest;
import org.tablero.support.Fixtures;

@DatabaseTest
class ProjectServiceIntegrationTest {

    @Autowired
    ProjectService projects;

    @Autowired
    Fixtures fixtures;

    @Autowired
    DSLContext db;

    Organisation health;
    Organisation hospitals;
    Organisation finance;
    TableroUser healthOfficer;
    TableroUser financeOfficer;

    @BeforeEach
    void organisations() {
        health = fixtures.organisation(null);
        hospitals = fixtures.organisation(health);
        finance = fixtures.organisation(null);
        healthOfficer = fixtures.officerOf(health);
        financeOfficer = fixtures.officerOf(finance);
    }

    @Test
    void creating_a_project_stores_it_as_a_draft_and_audits_it_in_the_same_transaction() {
        Project created = fixtures.as(healthOfficer, () -> projects.create(Fixtures.project(hospitals)));

        assertThat(created.status()).isEqualTo(ProjectStatus.DRAFT);
        assertThat(created.tier()).isEqualTo(Tier.OPERATIONAL);
        assertThat(created.lifecycleCost()).isEqualByComparingTo("200000.50");
        assertThat(created.costs()).hasSize(2);
        List<AuditEvent> history = fixtures.as(healthOfficer, () -> projects.history(created.id()));
        assertThat(history).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo("CREATE");
            assertThat(event.actorUsername()).isEqualTo(healthOfficer.username());
            assertThat(event.before()).isNull();
            assertThat(event.after()).contains(created.code()).contains("200000.50");
        });
    }

    @Test
    void an_update_records_the_values_before_and_after() {
        Project created = fixtures.as(healthOfficer, () -> projects.create(Fixtures.project(health)));
        ProjectInput renamed = rename(created.toInput(), "Receta electrónica nacional");

        Project updated = fixtures.as(healthOfficer, () -> projects.update(created.id(), created.version(), renamed));

        assertThat(updated.title()).isEqualTo("Receta electrónica nacional");
        assertThat(updated.version()).isEqualTo(created.version() + 1);
        AuditEvent event = fixtures.as(healthOfficer, () -> projects.history(created.id())).getFirst();
        assertThat(event.action()).isEqualTo("UPDATE");
        assertThat(event.before()).contains("Historia clínica electrónica");
        assertThat(event.after()).contains("Receta electrónica nacional");
    }

    @Test
    void an_officer_of_another_organisation_can_neither_read_nor_update_a_project_by_its_id() {
        Project created = fixtures.as(healthOfficer, () -> projects.create(Fixtures.project(health)));
        int auditEventsBefore = db.fetchCount(AUDIT_EVENT);

        assertThatThrownBy(() -> fixtures.as(financeOfficer, () -> projects.get(created.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as(financeOfficer, () -> projects.history(created.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as(financeOfficer, () -> projects.update(created.id(), created.version(),
                rename(created.toInput(), "Hijacked")))).isInstanceOf(AccessDeniedException.class);

        var row = db.selectFrom(PROJECT).where(PROJECT.ID.eq(created.id())).fetchOne();
        assertThat(row.getTitle()).isEqualTo(created.title());
        assertThat(row.getVersion()).isEqualTo(created.version());
        assertThat(db.fetchCount(AUDIT_EVENT)).isEqualTo(auditEventsBefore);
    }

    @Test
    void an_officer_cannot_move_a_project_into_an_organisation_outside_their_subtree() {
        Project created = fixtures.as(healthOfficer, () -> projects.create(Fixtures.project(health)));
        ProjectInput moved = moveTo(created.toInput(), finance.id());

        assertThat(refusal(() -> fixtures.as(healthOfficer, () -> projects.update(created.id(), created.version(),
                moved)))).extracting(FieldProblem::field).containsExactly("organisationId");
    }

    @Test
    void the_register_lists_only_the_projects_of_the_users_subtree() {
        Project ownProject = fixtures.as(healthOfficer, () -> projects.create(Fixtures.project(hospitals)));
        Project otherProject = fixtures.as(financeOfficer, () -> projects.create(Fixtures.project(finance)));

        List<ProjectSummary> seenByHealth = fixtures.as(healthOfficer, () -> projects.page(ProjectFilter.none(),
                ProjectSort.CODE, true, 0, 1000));
        int countedByHealth = fixtures.as(healthOfficer, () -> projects.count(ProjectFilter.none()));

        assertThat(seenByHealth).extracting(ProjectSummary::id).contains(ownProject.id())
                .doesNotContain(otherProject.id());
        assertThat(countedByHealth).isEqualTo(seenByHealth.size());
        List<ProjectSummary> seenByAdmin = fixtures.as(fixtures.admin(), () -> projects.page(ProjectFilter.none(),
                ProjectSort.CODE, true, 0, 100_000));
        assertThat(seenByAdmin).extracting(ProjectSummary::id).contains(ownProject.id(), otherProject.id());
    }

    @Test
    void filters_narrow_the_register_and_paging_returns_each_project_once() {
        for (int i = 0; i < 5; i++) {
            fixtures.as(healthOfficer, () -> projects.create(Fixtures.project(hospitals)));
        }
        ProjectFilter hospitalsOnly = new ProjectFilter(hospitals.id(), ProjectStatus.DRAFT, Category.NEW_DEVELOPMENT,
                Tier.OPERATIONAL, "clínica");

        int total = fixtures.as(healthOfficer, () -> projects.count(hospitalsOnly));
        List<Long> firstPage = fixtures.as(healthOfficer, () -> projects.page(hospitalsOnly, ProjectSort.TITLE, true,
                0, 3)).stream().map(ProjectSummary::id).toList();
        List<Long> secondPage = fixtures.as(healthOfficer, () -> projects.page(hospitalsOnly, ProjectSort.TITLE, true,
                3, 3)).stream().map(ProjectSummary::id).toList();

        assertThat(total).isEqualTo(5);
        assertThat(firstPage).hasSize(3).doesNotContainAnyElementsOf(secondPage);
        assertThat(secondPage).hasSize(2);
        assertThat(fixtures.as(healthOfficer, () -> projects.count(new ProjectFilter(hospitals.id(),
                ProjectStatus.IN_EXECUTION, null, null, null)))).isZero();
        assertThat(fixtures.as(healthOfficer, () -> projects.count(new ProjectFilter(null, null, null, null,
                "%")))).as("a percent sign is searched for, not a wildcard").isZero();
    }

    @Test
    void a_duplicate_code_is_refused_and_nothing_is_saved() {
        Project first = fixtures.as(healthOfficer, () -> projects.create(Fixtures.project(health)));
        ProjectInput sameCode = rename(first.toInput(), "Otro proyecto");
        int projectsBefore = db.fetchCount(PROJECT);

        assertThat(refusal(() -> fixtures.as(healthOfficer, () -> projects.create(sameCode))))
                .extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(tuple("code", "validation.code-taken"));
        assertThat(db.fetchCount(PROJECT)).isEqualTo(projectsBefore);
    }

    @Test
    void an_unknown_organisation_is_refused() {
        ProjectInput nowhere = moveTo(Fixtures.project(health), Long.MAX_VALUE);
        assertThat(refusal(() -> fixtures.as(healthOfficer, () -> projects.create(nowhere))))
                .extracting(FieldProblem::field).containsExactly("organisationId");
    }

    @Test
    void the_second_of_two_concurrent_edits_fails_instead_of_overwriting_the_first() {
        Project loadedByBoth = fixtures.as(healthOfficer, () -> projects.create(Fixtures.project(health)));
        fixtures.as(healthOfficer, () -> projects.update(loadedByBoth.id(), loadedByBoth.version(),
                rename(loadedByBoth.toInput(), "First save")));

        assertThatThrownBy(() -> fixtures.as(healthOfficer, () -> projects.update(loadedByBoth.id(),
                loadedByBoth.version(), rename(loadedByBoth.toInput(), "Second save"))))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(fixtures.as(healthOfficer, () -> projects.get(loadedByBoth.id())).title()).isEqualTo("First save");
    }

    @Test
    void a_project_in_review_can_no_longer_be_edited_in_the_register() {
        Project created = fixtures.as(healthOfficer, () -> projects.create(Fixtures.project(health)));
        db.update(PROJECT).set(PROJECT.STATUS, ProjectStatus.IN_REVIEW.name()).where(PROJECT.ID.eq(created.id()))
                .execute();

        assertThatThrownBy(() -> fixtures.as(healthOfficer, () -> projects.update(created.id(), created.version(),
                rename(created.toInput(), "Late change")))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void only_agency_officers_create_projects() {
        assertThatThrownBy(() -> fixtures.as(fixtures.admin(), () -> projects.create(Fixtures.project(health))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_suggested_code_is_the_next_free_number_of_the_organisation_and_year() {
        String first = fixtures.as(healthOfficer, () -> projects.suggestCode(health.id()));
        ProjectInput input = Fixtures.project(health);
        fixtures.as(healthOfficer, () -> projects.create(new ProjectInput(first, input.title(), input.summary(),
                input.organisationId(), input.category(), input.policyArea(), input.deliveryApproach(),
                input.iterationWeeks(), false, false, input.fundingSource(), input.plannedStart(), input.plannedEnd(),
                input.infrastructure(), input.costs())));

        String second = fixtures.as(healthOfficer, () -> projects.suggestCode(health.id()));

        assertThat(first).startsWith(health.code() + "-").endsWith("-001");
        assertThat(second).endsWith("-002");
    }

    private static List<FieldProblem> refusal(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException refused) {
            return refused.problems();
        }
        throw new AssertionError("the input was accepted");
    }

    private static ProjectInput rename(ProjectInput input, String title) {
        return new ProjectInput(input.code(), title, input.summary(), input.organisationId(), input.category(),
                input.policyArea(), input.deliveryApproach(), input.iterationWeeks(), input.usesAi(),
                input.aiDecidesAboutPeople(), input.fundingSource(), input.plannedStart(), input.plannedEnd(),
                input.infrastructure(), input.costs());
    }

    private static ProjectInput moveTo(ProjectInput input, long organisationId) {
        return new ProjectInput(input.code(), input.title(), input.summary(), organisationId, input.category(),
                input.policyArea(), input.deliveryApproach(), input.iterationWeeks(), input.usesAi(),
                input.aiDecidesAboutPeople(), input.fundingSource(), input.plannedStart(), input.plannedEnd(),
                input.infrastructure(), input.costs());
    }
}
