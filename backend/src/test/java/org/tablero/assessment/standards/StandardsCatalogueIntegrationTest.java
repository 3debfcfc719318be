package org.tablero.assessment.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.tablero.db.Tables.AUDIT_EVENT;
import static org.tablero.db.Tables.STANDARD;
import static org.tablero.db.Tables.STANDARD_CATALOGUE;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.tablero.common.ConcurrentEditException;
import org.tablero.common.FieldProblem;
import org.tablero.common.InvalidInputException;
import org.tablero.identity.Role;
import org.tablero.identity.TableroUser;
import org.tablero.organisation.Organisation;
import org.tablero.support.DatabaseTest;
import org.tablero.support.Fixtures;

@DatabaseTest
class StandardsCatalogueIntegrationTest {

    @Autowired
    StandardsCatalogueService catalogue;

    @Autowired
    StandardsTestData testData;

    @Autowired
    Fixtures fixtures;

    @Autowired
    DSLContext db;

    @Test
    void version_1_is_the_default_catalogue_of_twelve_standards_in_three_languages() {
        Catalogue first = fixtures.as(fixtures.admin(), () -> catalogue.catalogue(1));

        assertThat(first.version().publishedBy()).as("installed by the migration").isNull();
        assertThat(first.standards()).extracting(Standard::code).containsExactly("USER-RESEARCH", "AGILE-DELIVERY",
                "OPEN-STANDARDS", "DPI-REUSE", "OPEN-SOURCE", "SECURITY-BY-DESIGN", "PRIVACY", "ACCESSIBILITY",
                "DATA-GOVERNANCE", "ETHICAL-DATA-AI", "SUSTAINABILITY", "PERFORMANCE");
        assertThat(first.standards()).extracting(Standard::position).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
                11, 12);
        assertThat(first.standards()).filteredOn(Standard::mandatory).extracting(Standard::code).containsExactly(
                "USER-RESEARCH", "OPEN-STANDARDS", "DPI-REUSE", "SECURITY-BY-DESIGN", "PRIVACY", "ACCESSIBILITY",
                "ETHICAL-DATA-AI", "PERFORMANCE");
        Standard accessibility = first.standard("ACCESSIBILITY").orElseThrow();
        assertThat(accessibility.name().in(Locale.ENGLISH))
                .isEqualTo("Accessibility and inclusion (WCAG 2.2 AA, omni-channel)");
        assertThat(accessibility.name().in(Locale.forLanguageTag("es")))
                .isEqualTo("Accesibilidad e inclusión (WCAG 2.2 AA, omnicanal)");
        assertThat(accessibility.name().in(Locale.forLanguageTag("pt")))
                .isEqualTo("Acessibilidade e inclusão (WCAG 2.2 AA, omnicanal)");
        assertThat(first.standards()).allSatisfy(standard -> {
            assertThat(standard.description().en()).isNotBlank();
            assertThat(standard.description().es()).isNotBlank();
            assertThat(standard.description().pt()).isNotBlank();
        });
    }

    @Test
    void publishing_creates_the_next_version_and_leaves_the_older_one_as_it_was() {
        TableroUser authority = fixtures.nationalUser(Role.DIGITAL_AUTHORITY);
        Catalogue before = fixtures.as(authority, () -> catalogue.current());

        Catalogue published = testData.publishWithNewStandard(authority, true);

        assertThat(published.version().number()).isEqualTo(before.version().number() + 1);
        assertThat(published.version().publishedBy()).isEqualTo(authority.displayName());
        assertThat(published.standards().getLast().code()).startsWith(StandardsTestData.TEST_PREFIX);
        assertThat(published.standards().getLast().mandatory()).isTrue();
        assertThat(published.standards().getLast().position()).isEqualTo(published.standards().size());
        assertThat(published.standards().getLast().description().es()).as("an optional translation").isNull();
        assertThat(fixtures.as(authority, () -> catalogue.current())).isEqualTo(published);
        assertThat(fixtures.as(authority, () -> catalogue.catalogue(before.version().number()))).isEqualTo(before);
        assertThat(fixtures.as(authority, () -> catalogue.versions())).first().isEqualTo(published.version());
        assertThat(db.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.ENTITY_TYPE.eq(StandardsCatalogueService.AUDIT_TYPE)
                .and(AUDIT_EVENT.ENTITY_ID.eq(published.version().id()))).fetch())
                .singleElement().satisfies(event -> {
                    assertThat(event.getAction()).isEqualTo("PUBLISH");
                    assertThat(event.getActorUsername()).isEqualTo(authority.username());
                    assertThat(event.getAfterState()).contains(published.standards().getLast().code());
                });
    }

    @Test
    void a_national_administrator_may_publish_too() {
        Catalogue published = testData.publishWithNewStandard(fixtures.admin(), false);

        assertThat(published.standards().getLast().mandatory()).isFalse();
    }

    @Test
    void only_a_national_digital_authority_or_administrator_publishes() {
        Organisation state = fixtures.organisation(null);
        Organisation secretariat = fixtures.organisation(state);
        int versions = db.fetchCount(STANDARD_CATALOGUE);

        for (TableroUser user : List.of(fixtures.officerOf(state), fixtures.nationalUser(Role.BUDGET_OFFICE),
                fixtures.userOf(secretariat, Role.DIGITAL_AUTHORITY))) {
            assertThatThrownBy(() -> testData.publishWithNewStandard(user, false))
                    .as(user.roles() + " of " + user.organisationPath())
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(db.fetchCount(STANDARD_CATALOGUE)).isEqualTo(versions);
    }

    @Test
    void an_invalid_version_is_refused_with_every_problem_and_nothing_is_written() {
        TableroUser authority = fixtures.nationalUser(Role.DIGITAL_AUTHORITY);
        Catalogue current = fixtures.as(authority, () -> catalogue.current());
        List<StandardInput> standards = new ArrayList<>(current.standards().stream().map(Standard::toInput).toList());
        StandardInput first = standards.getFirst();
        standards.add(first);
        standards.set(1, new StandardInput("NO-SPANISH-NAME", false, new Translated("Name", "", "Nome"), null));
        int versions = db.fetchCount(STANDARD_CATALOGUE);
        int rows = db.fetchCount(STANDARD);
        int auditEvents = db.fetchCount(AUDIT_EVENT);

        assertThatThrownBy(() -> fixtures.as(authority, () -> catalogue.publish(current.version().number(),
                "Duplicates the first standard", standards)))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .extracting(FieldProblem::field, FieldProblem::messageKey)
                        .containsExactlyInAnyOrder(
                                tuple("standards[1].name.es", "validation.required"),
                                tuple("standards[" + (standards.size() - 1) + "].code",
                                        "standards.code-twice")));
        assertThatThrownBy(() -> fixtures.as(authority, () -> catalogue.publish(current.version().number(),
                "Nothing left", List.of()))).isInstanceOf(InvalidInputException.class);

        assertThat(db.fetchCount(STANDARD_CATALOGUE)).isEqualTo(versions);
        assertThat(db.fetchCount(STANDARD)).isEqualTo(rows);
        assertThat(db.fetchCount(AUDIT_EVENT)).isEqualTo(auditEvents);
    }

    @Test
    void a_version_edited_from_one_that_is_no_longer_current_is_refused() {
        TableroUser authority = fixtures.nationalUser(Role.DIGITAL_AUTHORITY);
        Catalogue stale = fixtures.as(authority, () -> catalogue.current());
        testData.publishWithNewStandard(authority, false);
        int versions = db.fetchCount(STANDARD_CATALOGUE);

        assertThatThrownBy(() -> fixtures.as(authority, () -> catalogue.publish(stale.version().number(),
                "Edited from an old version", stale.standards().stream().map(Standard::toInput).toList())))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(db.fetchCount(STANDARD_CATALOGUE)).isEqualTo(versions);
    }
}
