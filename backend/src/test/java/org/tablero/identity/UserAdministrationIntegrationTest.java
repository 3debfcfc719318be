package org.tablero.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.tablero.common.InvalidInputException;
import org.tablero.organisation.Organisation;
import org.tablero.support.DatabaseTest;
import org.tablero.support.Fixtures;

@DatabaseTest
class UserAdministrationIntegrationTest {

    @Autowired
    UserService users;

    @Autowired
    Fixtures fixtures;

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    ApplicationEventPublisher events;

    Organisation organisation;

    @BeforeEach
    void organisation() {
        organisation = fixtures.organisation(null);
    }

    @Test
    void passwords_are_stored_as_bcrypt_hashes_never_in_clear() {
        TableroUser officer = fixtures.officerOf(organisation);
        assertThat(officer.getPassword()).startsWith("{bcrypt}$2").doesNotContain("a-long-password");
        assertThat(passwordEncoder.matches("a-long-password", officer.getPassword())).isTrue();
    }

    @Test
    void five_wrong_passwords_lock_the_account_even_against_the_right_password() {
        TableroUser officer = fixtures.officerOf(organisation);
        ProviderManager login = formLogin();

        for (int attempt = 0; attempt < 5; attempt++) {
            assertThatThrownBy(() -> login.authenticate(credentials(officer.username(), "wrong-password")))
                    .isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> login.authenticate(credentials(officer.username(), "a-long-password")))
                .isInstanceOf(LockedException.class);
        UserAccount account = fixtures.as(fixtures.admin(), () -> users.get(officer.id()));
        assertThat(account.isLocked()).isTrue();

        fixtures.as(fixtures.admin(), () -> users.unlock(officer.id()));
        assertThat(login.authenticate(credentials(officer.username(), "a-long-password")).isAuthenticated()).isTrue();
    }

    @Test
    void a_successful_sign_in_forgets_earlier_failures() {
        TableroUser officer = fixtures.officerOf(organisation);
        ProviderManager login = formLogin();
        for (int attempt = 0; attempt < 4; attempt++) {
            assertThatThrownBy(() -> login.authenticate(credentials(officer.username(), "wrong-password")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        login.authenticate(credentials(officer.username(), "a-long-password"));

        assertThatThrownBy(() -> login.authenticate(credentials(officer.username(), "wrong-password")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(login.authenticate(credentials(officer.username(), "a-long-password")).isAuthenticated()).isTrue();
    }

    @Test
    void a_short_password_and_a_taken_user_name_are_refused_together() {
        TableroUser existing = fixtures.officerOf(organisation);
        UserInput input = new UserInput(existing.username(), "Someone", "someone@example.org", organisation.id(),
                Set.of(Role.BUDGET_OFFICE), true, "short");

        assertThatThrownBy(() -> fixtures.as(fixtures.admin(), () -> users.create(input)))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(problem -> problem.field()).containsExactlyInAnyOrder("newPassword", "username"));
    }

    @Test
    void only_administrators_manage_users() {
        TableroUser officer = fixtures.officerOf(organisation);
        assertThatThrownBy(() -> fixtures.as(officer, () -> users.count(null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_administrator_of_one_organisation_cannot_see_users_of_another() {
        Organisation other = fixtures.organisation(null);
        TableroUser stranger = fixtures.officerOf(other);
        TableroUser localAdmin = fixtures.as(fixtures.admin(), () -> {
            String username = Fixtures.unique("admin").toLowerCase();
            users.create(new UserInput(username, "Local admin", username + "@example.org", organisation.id(),
                    Set.of(Role.ADMIN), true, "a-long-password"));
            return fixtures.user(username);
        });

        assertThatThrownBy(() -> fixtures.as(localAdmin, () -> users.get(stranger.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(fixtures.as(localAdmin, () -> users.page(null, 0, 100))).extracting(UserAccount::username)
                .contains(localAdmin.username()).doesNotContain(stranger.username(), "admin");
    }

    private ProviderManager formLogin() {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(userDetailsService);
        provider.setPasswordEncoder(passwordEncoder);
        ProviderManager manager = new ProviderManager(provider);
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        return manager;
    }

    private static UsernamePasswordAuthenticationToken credentials(String username, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(username, password);
    }
}
