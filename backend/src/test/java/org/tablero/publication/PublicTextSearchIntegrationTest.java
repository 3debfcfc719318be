package org.tablero.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tablero.db.Tables.PROJECT;

import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.tablero.identity.Role;
import org.tablero.identity.TableroUser;
import org.tablero.organisation.Organisation;
import org.tablero.project.Project;
import org.tablero.project.ProjectInput;
import org.tablero.project.ProjectService;
import org.tablero.project.ProjectStatus;
import org.tablero.support.DatabaseTest;
import org.tablero.support.Fixtures;

/** The public search never finds a project by a summary the digital authority withheld, but by its title. */
@DatabaseTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicTextSearchIntegrationTest {

    @Autowired
    PublicPortfolio publicPortfolio;

    @Autowired
    ProjectService projects;

    @Autowired
    ConfidentialFieldService confidential;

    @Autowired
    Fixtures fixtures;

    @Autowired
    DSLContext db;

    Organisation ministry;
    Project withheld;
    Project shown;

    @BeforeAll
    void portfolio() {
        ministry = fixtures.organisation(null);
        TableroUser officer = fixtures.officerOf(ministry);
        withheld = create(officer, "Portal Transalud ciudadano", "Plataforma saludable con datos reservados.");
        shown = create(officer, "Gestión hospitalaria", "Servicio saludable para los pacientes.");
        TableroUser authority = fixtures.userOf(ministry, Role.DIGITAL_AUTHORITY);
        fixtures.as(authority, () -> confidential.mark(withheld.id(), ConfidentialField.PROJECT_SUMMARY, 0,
                "Ley 1712, art. 19"));
        // public from the first submission: the status alone is what the public list looks at
        db.update(PROJECT).set(PROJECT.STATUS, ProjectStatus.IN_REVIEW.name())
                .where(PROJECT.ID.in(withheld.id(), shown.id())).execute();
    }

    @Test
    void a_word_only_in_a_withheld_summary_does_not_find_the_project() {
        assertThat(found("saludable")).containsExactly(shown.code());
        assertThat(found("reservados")).isEmpty();
        assertThat(found("portal saludable")).as("one word in the title, one in the withheld summary").isEmpty();
    }

    @Test
    void a_word_inside_a_title_word_does_not_reveal_that_the_withheld_summary_begins_a_word_with_it() {
        assertThat(found("salud")).containsExactly(shown.code());
    }

    @Test
    void the_title_and_the_code_still_find_a_project_whose_summary_is_withheld() {
        assertThat(found("transalud")).containsExactly(withheld.code());
        assertThat(found("portal ciudadano")).containsExactly(withheld.code());
        assertThat(found(withheld.code())).containsExactly(withheld.code());
    }

    private Project create(TableroUser officer, String title, String summary) {
        ProjectInput input = Fixtures.project(ministry);
        return fixtures.as(officer, () -> projects.create(new ProjectInput(input.code(), title, summary,
                input.organisationId(), input.category(), input.policyArea(), input.deliveryApproach(),
                input.iterationWeeks(), input.usesAi(), input.aiDecidesAboutPeople(), input.fundingSource(),
                input.plannedStart(), input.plannedEnd(), input.infrastructure(), input.costs())));
    }

    private List<String> found(String text) {
        return publicPortfolio.projects(new PublicProjectFilter(ministry.code(), null, null, null, null, text, null,
                null, null, null), PublicProjectSort.CODE, true, 0, 100).items().stream().map(PublicProject::code)
                .toList();
    }
}
