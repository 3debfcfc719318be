package org.tablero.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tablero.project.ProjectStatus;

class StalenessTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @Test
    void a_project_in_execution_is_stale_from_the_45th_day_without_a_report() {
        assertThat(Staleness.isStale(ProjectStatus.IN_EXECUTION, TODAY.minusDays(44), null, TODAY, 45)).isFalse();
        assertThat(Staleness.isStale(ProjectStatus.IN_EXECUTION, TODAY.minusDays(45), null, TODAY, 45)).isTrue();
        assertThat(Staleness.staleOnOrBefore(TODAY, 45)).isEqualTo(TODAY.minusDays(45));
    }

    @Test
    void before_its_first_report_a_project_is_counted_from_the_day_execution_started() {
        assertThat(Staleness.isStale(ProjectStatus.IN_EXECUTION, null, TODAY.minusDays(10), TODAY, 45)).isFalse();
        assertThat(Staleness.isStale(ProjectStatus.IN_EXECUTION, null, TODAY.minusDays(60), TODAY, 45)).isTrue();
    }

    @Test
    void only_projects_in_execution_go_stale() {
        LocalDate longAgo = TODAY.minusYears(1);
        for (ProjectStatus status : ProjectStatus.values()) {
            assertThat(Staleness.isStale(status, longAgo, longAgo, TODAY, 45))
                    .as(status.name()).isEqualTo(status == ProjectStatus.IN_EXECUTION);
        }
    }

    @Test
    void a_rating_older_than_60_days_is_stale() {
        Instant sixtyDaysAgo = Instant.parse("2026-09-29T12:00:00Z");
        Instant sixtyOneDaysAgo = Instant.parse("2026-09-28T12:00:00Z");

        assertThat(Staleness.isRatingStale(sixtyDaysAgo, TODAY, 60)).isFalse();
        assertThat(Staleness.isRatingStale(sixtyOneDaysAgo, TODAY, 60)).isTrue();
        assertThat(Staleness.isRatingStale(null, TODAY, 60)).as("never rated: due, not stale").isFalse();
    }
}
