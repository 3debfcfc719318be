package org.tablero.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TableroUserTest {

    @Test
    void a_user_sees_their_own_organisation_and_everything_below_it() {
        TableroUser ministry = userAt("/1/4/");
        assertThat(ministry.canSee("/1/4/")).isTrue();
        assertThat(ministry.canSee("/1/4/17/")).isTrue();
        assertThat(ministry.canSee("/1/")).isFalse();
        assertThat(ministry.canSee("/1/5/")).isFalse();
    }

    @Test
    void an_organisation_id_that_starts_like_another_is_not_in_its_subtree() {
        // "/1/4/" must not match "/1/40/": the closing slash keeps ids apart
        assertThat(userAt("/1/4/").canSee("/1/40/")).isFalse();
    }

    @Test
    void a_lock_holds_until_it_expires() {
        assertThat(lockedUntil(Instant.now().plusSeconds(60)).isAccountNonLocked()).isFalse();
        assertThat(lockedUntil(Instant.now().minusSeconds(1)).isAccountNonLocked()).isTrue();
        assertThat(lockedUntil(null).isAccountNonLocked()).isTrue();
    }

    @Test
    void roles_become_spring_security_authorities() {
        assertThat(userAt("/1/").getAuthorities()).extracting(Object::toString)
                .containsExactlyInAnyOrder("ROLE_AGENCY_OFFICER", "ROLE_BUDGET_OFFICE");
    }

    @Test
    void its_text_never_contains_the_password_hash() {
        assertThat(userAt("/1/").toString()).doesNotContain("{bcrypt}");
    }

    private static TableroUser userAt(String path) {
        return new TableroUser(1, "ana", "Ana", 4, "Ministerio", path,
                Set.of(Role.AGENCY_OFFICER, Role.BUDGET_OFFICE), "{bcrypt}$2a$10$secret", true, null);
    }

    private static TableroUser lockedUntil(Instant until) {
        return new TableroUser(1, "ana", "Ana", 4, "Ministerio", "/1/", Set.of(Role.AGENCY_OFFICER), "x", true,
                until);
    }
}
