package org.tablero.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.tablero.common.InvalidInputException;
import org.tablero.identity.TableroUser;
import org.tablero.organisation.Organisation;
import org.tablero.support.DatabaseTest;
import org.tablero.support.Fixtures;

@DatabaseTest
class TierThresholdIntegrationTest {

    @Autowired
    TierThreshold threshold;

    @Autowired
    ProjectService projects;

    @Autowired
    Fixtures fixtures;

    @Test
    void an_administrator_lowers_the_threshold_and_the_next_project_saved_above_it_is_strategic() {
        Organisation organisation = fixtures.organisation(null);
        TableroUser officer = fixtures.officerOf(organisation);
        BigDecimal before = threshold.current();
        try {
            fixtures.as(fixtures.admin(), () -> threshold.update(new BigDecimal("100000.00")));

            Project project = fixtures.as(officer, () -> projects.create(Fixtures.project(organisation)));

            assertThat(project.lifecycleCost()).isGreaterThan(new BigDecimal("100000"));
            assertThat(project.tier()).isEqualTo(Tier.STRATEGIC);
        } finally {
            fixtures.as(fixtures.admin(), () -> threshold.update(before));
        }
        assertThat(fixtures.as(officer, () -> projects.create(Fixtures.project(organisation))).tier())
                .isEqualTo(Tier.OPERATIONAL);
    }

    @Test
    void a_threshold_of_zero_or_below_is_refused_and_only_administrators_change_it() {
        BigDecimal before = threshold.current();
        assertThatThrownBy(() -> fixtures.as(fixtures.admin(), () -> threshold.update(BigDecimal.ZERO)))
                .isInstanceOf(InvalidInputException.class);
        TableroUser officer = fixtures.officerOf(fixtures.organisation(null));
        assertThatThrownBy(() -> fixtures.as(officer, () -> threshold.update(new BigDecimal("1.00"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(threshold.current()).isEqualByComparingTo(before);
    }
}
