package org.tablero.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.tablero.identity.TableroUser;
import org.tablero.organisation.Organisation;
import org.tablero.support.DatabaseTest;
import org.tablero.support.Fixtures;

/**
 * The register's text search through the FULLTEXT index. The projects are created through the service, whose
 * transactions commit: InnoDB adds a row to a FULLTEXT index only at COMMIT.
 */
@DatabaseTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TextSearchIntegrationTest {

    @Autowired
    ProjectService projects;

    @Autowired
    Fixtures fixtures;

    Organisation ministry;
    TableroUser officer;
    Project health;
    Project education;
    Project transport;
    String prefix;

    @BeforeAll
    void register() {
        ministry = fixtures.organisation(null);
        officer = fixtures.officerOf(ministry);
        // codes of digits and capitals only, unique to the run, so that no search below finds them by chance
        prefix = "TXT" + System.currentTimeMillis();
        health = create(prefix + "-SALUD-001", "Gestión de la salud pública",
                "Una historia clínica por paciente, con educación para la salud.");
        education = create(prefix + "-EDU-001", "Libro de clases digital", "Asistencia y notas de cada escuela.");
        transport = create(prefix + "-TRA-001", "Transporte público con pago sin contacto",
                "Red 5G en los buses urbanos.");
    }

    @Test
    void a_word_of_the_title_or_of_the_summary_finds_the_project() {
        assertThat(found("pública")).containsExactly(health.code());
        assertThat(found("historia")).containsExactly(health.code());
        assertThat(found("buses")).containsExactly(transport.code());
    }

    @Test
    void the_beginning_of_a_word_finds_it_but_the_middle_of_a_word_does_not() {
        assertThat(found("histo")).containsExactly(health.code());
        assertThat(found("alud")).isEmpty();
    }

    @Test
    void case_and_accents_do_not_matter() {
        assertThat(found("GESTION")).containsExactly(health.code());
        assertThat(found("clinica")).containsExactly(health.code());
        assertThat(found("PÚBLICO")).containsExactly(transport.code());
    }

    @Test
    void every_word_is_required_in_any_order() {
        assertThat(found("salud gestión")).containsExactly(health.code());
        assertThat(found("gestión transporte")).isEmpty();
        assertThat(found("the salud")).as("English stopwords, which the index leaves out, are left out of the search")
                .containsExactly(health.code());
    }

    @Test
    void a_whole_code_finds_exactly_its_project() {
        assertThat(found(prefix)).containsExactly(education.code(), health.code(), transport.code());
        assertThat(found(education.code())).as("the health project holds every part, but not the code as written")
                .containsExactly(education.code());
        assertThat(found(education.code().toLowerCase())).containsExactly(education.code());
    }

    @Test
    void a_word_too_short_for_the_index_is_still_found() {
        assertThat(found("5G")).containsExactly(transport.code());
        assertThat(found("buses 5g")).containsExactly(transport.code());
        assertThat(found("salud 5G")).isEmpty();
    }

    @Test
    void signs_and_operators_in_the_text_are_searched_for_and_never_fail() {
        for (String text : List.of("+foo -bar \"x\" (y) *z ~w @3", "' or 1=1 --", "%", "_", "(((", "***", "+",
                "\"salud", "salud)", "<salud>", "~salud", "@8", "salud*", "-salud", "sa'lud", "\\", "x".repeat(300))) {
            List<String> found = found(text);
            assertThat(count(text)).as(text).isEqualTo(found.size());
        }
        assertThat(found("-salud")).as("a minus is not an operator").containsExactly(health.code());
        assertThat(found("' or 1=1 --")).isEmpty();
        assertThat(found("%")).isEmpty();
    }

    private Project create(String code, String title, String summary) {
        ProjectInput input = Fixtures.project(ministry);
        return fixtures.as(officer, () -> projects.create(new ProjectInput(code, title, summary,
                input.organisationId(), input.category(), input.policyArea(), input.deliveryApproach(),
                input.iterationWeeks(), input.usesAi(), input.aiDecidesAboutPeople(), input.fundingSource(),
                input.plannedStart(), input.plannedEnd(), input.infrastructure(), input.costs())));
    }

    private List<String> found(String text) {
        return fixtures.as(officer, () -> projects.page(filter(text), ProjectSort.CODE, true, 0, 100)).stream()
                .map(ProjectSummary::code).toList();
    }

    private int count(String text) {
        return fixtures.as(officer, () -> projects.count(filter(text)));
    }

    private ProjectFilter filter(String text) {
        return new ProjectFilter(ministry.id(), null, null, null, text);
    }
}
