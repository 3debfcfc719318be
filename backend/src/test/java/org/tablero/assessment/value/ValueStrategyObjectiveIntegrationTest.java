package org.tablero.assessment.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tablero.db.Tables.AUDIT_EVENT;

import java.util.List;
import java.util.Locale;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.tablero.common.ConcurrentEditException;
import org.tablero.common.FieldProblem;
import org.tablero.common.InvalidInputException;
import org.tablero.common.NotFoundException;
import org.tablero.identity.TableroUser;
import org.tablero.organisation.Organisation;
import org.tablero.project.Project;
import org.tablero.project.ProjectService;
import org.tablero.support.DatabaseTest;
import org.tablero.support.Fixtures;

@DatabaseTest
class ValueStrategyObjectiveIntegrationTest {

    @Autowired
    StrategyObjectiveService objectives;

    @Autowired
    ProjectService projects;

    @Autowired
    ValueTestData valueTestData;

    @Autowired
    Fixtures fixtures;

    @Autowired
    DSLContext db;

    @Test
    void the_starting_list_is_the_oecd_policy_framework() {
        TableroUser officer = fixtures.officerOf(fixtures.organisation(null));

        assertThat(fixtures.as(officer, () -> objectives.list(true))).extracting(StrategyObjective::code)
                .contains("DIGITAL-BY-DESIGN", "DATA-DRIVEN", "GOV-AS-PLATFORM", "OPEN-BY-DEFAULT", "USER-DRIVEN",
                        "PROACTIVE");
    }

    @Test
    void an_administrator_creates_renames_and_deactivates_an_objective() {
        String code = Fixtures.unique("OBJ");
        StrategyObjective created = asAdmin(new StrategyObjectiveInput(code, "Digital identity for all",
                "Identidad digital para todas las personas", "Identidade digital para todos", true));
        assertThat(created.name(Locale.forLanguageTag("es-AR"))).isEqualTo("Identidad digital para todas las personas");
        assertThat(created.name(Locale.forLanguageTag("pt-BR"))).isEqualTo("Identidade digital para todos");
        assertThat(created.name(Locale.ENGLISH)).isEqualTo("Digital identity for all");

        StrategyObjective inactive = fixtures.as(fixtures.admin(), () -> objectives.update(created.id(),
                created.version(), new StrategyObjectiveInput(code, "Digital identity", "Identidad digital",
                        "Identidade digital", false)));

        assertThat(inactive.version()).isEqualTo(created.version() + 1);
        assertThat(inactive.nameEn()).isEqualTo("Digital identity");
        assertThat(fixtures.as(fixtures.admin(), () -> objectives.list(false))).extracting(StrategyObjective::id)
                .doesNotContain(created.id());
        assertThat(fixtures.as(fixtures.admin(), () -> objectives.list(true))).extracting(StrategyObjective::id)
                .contains(created.id());
        assertThat(fixtures.as(fixtures.admin(), () -> objectives.get(created.id())).active()).isFalse();
        assertThat(auditActionsOf(created)).containsExactly("CREATE", "UPDATE");
    }

    @Test
    void a_stale_version_or_a_code_already_used_is_refused() {
        StrategyObjective first = valueTestData.newObjective();
        StrategyObjective second = valueTestData.newObjective();
        fixtures.as(fixtures.admin(), () -> objectives.update(first.id(), first.version(), first.toInput()));

        assertThatThrownBy(() -> fixtures.as(fixtures.admin(), () -> objectives.update(first.id(), first.version(),
                first.toInput()))).isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> fixtures.as(fixtures.admin(), () -> objectives.update(second.id(), second.version(),
                new StrategyObjectiveInput(first.code(), "x", "x", "x", true))))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .containsExactly(FieldProblem.of("code", "validation.code-taken")));
    }

    @Test
    void only_an_administrator_keeps_the_objectives() {
        TableroUser officer = fixtures.officerOf(fixtures.organisation(null));
        StrategyObjective objective = valueTestData.newObjective();

        assertThatThrownBy(() -> fixtures.as(officer, () -> objectives.create(new StrategyObjectiveInput(
                Fixtures.unique("OBJ"), "x", "x", "x", true)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as(officer, () -> {
            objectives.delete(objective.id(), objective.version());
            return null;
        })).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_unused_objective_is_deleted_but_one_that_projects_link_to_is_kept() {
        StrategyObjective unused = valueTestData.newObjective();
        Organisation ministry = fixtures.organisation(null);
        TableroUser officer = fixtures.officerOf(ministry);
        Project project = fixtures.as(officer, () -> projects.create(Fixtures.project(ministry)));
        ValueProposition linked = valueTestData.complete(officer, project.id());
        StrategyObjective used = linked.objectives().getFirst();

        fixtures.as(fixtures.admin(), () -> {
            objectives.delete(unused.id(), unused.version());
            return null;
        });
        int auditEvents = db.fetchCount(AUDIT_EVENT);
        assertThatThrownBy(() -> fixtures.as(fixtures.admin(), () -> {
            objectives.delete(used.id(), used.version());
            return null;
        })).isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                .containsExactly(FieldProblem.of("objective", "value.objective-in-use")));

        assertThatThrownBy(() -> fixtures.as(fixtures.admin(), () -> objectives.get(unused.id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(auditActionsOf(unused)).containsExactly("CREATE", "DELETE");
        assertThat(fixtures.as(fixtures.admin(), () -> objectives.get(used.id()))).isEqualTo(used);
        assertThat(db.fetchCount(AUDIT_EVENT)).isEqualTo(auditEvents);
    }

    private StrategyObjective asAdmin(StrategyObjectiveInput input) {
        return fixtures.as(fixtures.admin(), () -> objectives.create(input));
    }

    private List<String> auditActionsOf(StrategyObjective objective) {
        return db.select(AUDIT_EVENT.ACTION).from(AUDIT_EVENT)
                .where(AUDIT_EVENT.ENTITY_TYPE.eq(StrategyObjectiveService.AUDIT_TYPE)
                        .and(AUDIT_EVENT.ENTITY_ID.eq(objective.id())))
                .orderBy(AUDIT_EVENT.ID).fetch(r -> r.value1());
    }
}
