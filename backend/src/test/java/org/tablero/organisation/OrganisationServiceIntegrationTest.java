package org.tablero.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tablero.common.InvalidInputException;
import org.tablero.identity.TableroUser;
import org.tablero.support.DatabaseTest;
import org.tablero.support.Fixtures;

@DatabaseTest
class OrganisationServiceIntegrationTest {

    @Autowired
    OrganisationService organisations;

    @Autowired
    Fixtures fixtures;

    @Test
    void moving_an_organisation_moves_its_whole_subtree() {
        Organisation state = fixtures.organisation(null);
        Organisation secretariat = fixtures.organisation(state);
        Organisation agency = fixtures.organisation(secretariat);
        Organisation otherState = fixtures.organisation(null);
        TableroUser admin = fixtures.admin();

        fixtures.as(admin, () -> organisations.update(secretariat.id(), secretariat.version(),
                new OrganisationInput(secretariat.code(), secretariat.name(), OrganisationLevel.STATE,
                        otherState.id())));

        Organisation movedAgency = fixtures.as(admin, () -> organisations.get(agency.id()));
        assertThat(movedAgency.path()).startsWith(otherState.path()).endsWith("/" + agency.id() + "/");
        TableroUser stateOfficer = fixtures.officerOf(state);
        assertThat(fixtures.as(stateOfficer, organisations::visibleToCurrentUser)).extracting(Organisation::id)
                .containsExactly(state.id());
    }

    @Test
    void an_organisation_cannot_become_part_of_its_own_subtree() {
        Organisation state = fixtures.organisation(null);
        Organisation secretariat = fixtures.organisation(state);

        assertThatThrownBy(() -> fixtures.as(fixtures.admin(), () -> organisations.update(state.id(), state.version(),
                new OrganisationInput(state.code(), state.name(), OrganisationLevel.STATE, secretariat.id()))))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(problem -> problem.messageKey()).containsExactly("validation.organisation-cycle"));
    }

    @Test
    void a_duplicate_or_malformed_code_is_refused() {
        Organisation existing = fixtures.organisation(null);
        assertThatThrownBy(() -> fixtures.as(fixtures.admin(), () -> organisations.create(
                new OrganisationInput(existing.code(), "Copy", OrganisationLevel.CENTRAL, existing.parentId()))))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(problem -> problem.messageKey()).containsExactly("validation.code-taken"));
        assertThatThrownBy(() -> fixtures.as(fixtures.admin(), () -> organisations.create(
                new OrganisationInput("min salud", "Copy", OrganisationLevel.CENTRAL, existing.parentId()))))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(problem -> problem.messageKey()).containsExactly("validation.code-format"));
    }
}
