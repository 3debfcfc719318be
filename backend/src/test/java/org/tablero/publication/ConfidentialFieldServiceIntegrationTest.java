package org.tablero.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tablero.db.Tables.AUDIT_EVENT;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.tablero.common.InvalidInputException;
import org.tablero.identity.Role;
import org.tablero.identity.TableroUser;
import org.tablero.organisation.Organisation;
import org.tablero.project.Project;
import org.tablero.project.ProjectService;
import org.tablero.support.DatabaseTest;
import org.tablero.support.Fixtures;

/** Who marks fields confidential, what must hold, and that every mark and unmark is audited. */
@DatabaseTest
class ConfidentialFieldServiceIntegrationTest {

    @Autowired
    ConfidentialFieldService confidential;

    @Autowired
    ProjectService projects;

    @Autowired
    Fixtures fixtures;

    @Autowired
    DSLContext db;

    @Test
    void the_digital_authority_of_the_subtree_marks_and_unmarks_with_an_audit_event_each_time() {
        Organisation ministry = fixtures.organisation(null);
        Project project = fixtures.as(fixtures.officerOf(ministry), () -> projects.create(Fixtures.project(ministry)));
        TableroUser authority = fixtures.userOf(ministry, Role.DIGITAL_AUTHORITY);

        ConfidentialMark mark = fixtures.as(authority, () -> confidential.mark(project.id(),
                ConfidentialField.PROJECT_SUMMARY, 0, "  Ley 1712, art. 19  "));
        assertThat(mark.legalGround()).isEqualTo("Ley 1712, art. 19");
        fixtures.as(authority, () -> confidential.mark(project.id(), ConfidentialField.PROJECT_SUMMARY, 0, "Art. 20"));
        assertThat(fixtures.as(authority, () -> confidential.marksOf(project.id()))).singleElement()
                .extracting(ConfidentialMark::legalGround).isEqualTo("Art. 20");
        fixtures.as(authority, () -> {
            confidential.unmark(project.id(), ConfidentialField.PROJECT_SUMMARY, 0);
            return null;
        });
        assertThat(fixtures.as(authority, () -> confidential.marksOf(project.id()))).isEmpty();
        assertThat(db.select(AUDIT_EVENT.ACTION).from(AUDIT_EVENT).where(AUDIT_EVENT.ENTITY_ID.eq(project.id())
                .and(AUDIT_EVENT.ACTION.like("CONFIDENTIAL%"))).fetch(r -> r.value1()))
                .containsExactlyInAnyOrder("CONFIDENTIAL_MARK", "CONFIDENTIAL_MARK", "CONFIDENTIAL_UNMARK");
    }

    @Test
    void others_are_refused_and_a_mark_needs_a_ground_and_an_item_of_the_project() {
        Organisation ministry = fixtures.organisation(null);
        Project project = fixtures.as(fixtures.officerOf(ministry), () -> projects.create(Fixtures.project(ministry)));
        TableroUser otherAuthority = fixtures.userOf(fixtures.organisation(null), Role.DIGITAL_AUTHORITY);
        TableroUser budget = fixtures.userOf(ministry, Role.BUDGET_OFFICE);
        TableroUser authority = fixtures.userOf(ministry, Role.DIGITAL_AUTHORITY);

        assertThatThrownBy(() -> fixtures.as(otherAuthority, () -> confidential.mark(project.id(),
                ConfidentialField.PROJECT_SUMMARY, 0, "Art. 19"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as(budget, () -> confidential.mark(project.id(),
                ConfidentialField.PROJECT_SUMMARY, 0, "Art. 19"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as(authority, () -> confidential.mark(project.id(),
                ConfidentialField.PROJECT_SUMMARY, 0, " "))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> fixtures.as(authority, () -> confidential.mark(project.id(),
                ConfidentialField.CONTRACT_SUPPLIER, 999_999_999L, "Art. 19")))
                .isInstanceOf(InvalidInputException.class);
        assertThat(fixtures.as(authority, () -> confidential.marksOf(project.id()))).isEmpty();
    }
}
