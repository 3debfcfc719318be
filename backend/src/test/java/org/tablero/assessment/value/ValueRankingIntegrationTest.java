package org.tablero.assessment.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.tablero.db.Tables.PROJECT;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.tablero.identity.Role;
import org.tablero.identity.TableroUser;
import org.tablero.organisation.Organisation;
import org.tablero.project.Project;
import org.tablero.project.ProjectService;
import org.tablero.project.ProjectStatus;
import org.tablero.support.DatabaseTest;
import org.tablero.support.Fixtures;

/**
 * The portfolio ranked by value score. With equal weights and the test data's table (BCR 1.200 at 5 %, economic
 * score 1) a project's value score is (1 + social + strategic + environmental) / 4.
 */
@DatabaseTest
class ValueRankingIntegrationTest {

    @Autowired
    ValuePropositionService values;

    @Autowired
    ValueSettingsService settings;

    @Autowired
    ProjectService projects;

    @Autowired
    ValueTestData valueTestData;

    @Autowired
    Fixtures fixtures;

    @Autowired
    DSLContext db;

    ValueSettings original;
    Organisation ministry;
    Organisation agency;
    Organisation otherState;
    Project high;
    Project tie;
    Project child;
    Project low;
    Project unscored;
    Project elsewhere;

    @BeforeEach
    void portfolio() {
        TableroUser admin = fixtures.admin();
        original = fixtures.as(admin, settings::get);
        fixtures.as(admin, () -> settings.updateDiscountRate(new BigDecimal("0.05")));
        fixtures.as(admin, () -> settings.updateWeights(new DimensionWeights(BigDecimal.ONE, BigDecimal.ONE,
                BigDecimal.ONE, BigDecimal.ONE)));
        ministry = fixtures.organisation(null);
        agency = fixtures.organisation(ministry);
        otherState = fixtures.organisation(null);

        high = scored(ministry, 5, 5, 5);
        child = scored(agency, 3, 3, 3);
        low = scored(ministry, 1, 1, 1);
        elsewhere = scored(otherState, 5, 5, 4);
        tie = sameScoreAsChildButHigherNpv();
        TableroUser officer = fixtures.officerOf(ministry);
        unscored = fixtures.as(officer, () -> projects.create(Fixtures.project(ministry)));
        fixtures.as(officer, () -> values.save(unscored.id(), 0, new ValuePropositionInput(List.of(), "Only text",
                null, null, null, null, Set.of(), null, null, null, null, null, null)));
    }

    @AfterEach
    void restoreSettings() {
        TableroUser admin = fixtures.admin();
        fixtures.as(admin, () -> settings.updateDiscountRate(original.discountRate()));
        fixtures.as(admin, () -> settings.updateWeights(original.weights()));
    }

    @Test
    void the_budget_office_of_a_ministry_ranks_its_subtree_by_value_score_then_npv() {
        TableroUser budget = fixtures.userOf(ministry, Role.BUDGET_OFFICE);

        List<ValueRanking> ranking = fixtures.as(budget, () -> values.ranking(Set.of(), 0, 50));

        assertThat(ranking).extracting(ValueRanking::projectId)
                .containsExactly(high.id(), tie.id(), child.id(), low.id());
        assertThat(ranking).extracting(ValueRanking::rank).containsExactly(1, 2, 3, 4);
        assertThat(ranking).extracting(ValueRanking::valueScore).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("4.00"), new BigDecimal("2.50"), new BigDecimal("2.50"),
                        new BigDecimal("1.00"));
        assertThat(ranking.getFirst()).satisfies(row -> {
            assertThat(row.code()).isEqualTo(high.code());
            assertThat(row.title()).isEqualTo(high.title());
            assertThat(row.npv()).as("150,000 / 1.05 − (100,000 + 20,000 / 1.05)").isEqualByComparingTo("23809.52");
            assertThat(row.bcr()).isEqualByComparingTo("1.200");
        });
        assertThat(fixtures.as(budget, () -> values.rankingCount(Set.of()))).isEqualTo(4);
    }

    @Test
    void pages_of_the_ranking_continue_its_order() {
        TableroUser budget = fixtures.userOf(ministry, Role.BUDGET_OFFICE);

        List<ValueRanking> page = fixtures.as(budget, () -> values.ranking(Set.of(), 1, 2));

        assertThat(page).extracting(ValueRanking::projectId, ValueRanking::rank).containsExactly(
                tuple(tie.id(), 2), tuple(child.id(), 3));
    }

    @Test
    void a_national_authority_ranks_the_whole_portfolio() {
        TableroUser board = fixtures.nationalUser(Role.STRATEGIC_BOARD);

        int count = fixtures.as(board, () -> values.rankingCount(Set.of()));
        List<ValueRanking> ranking = fixtures.as(board, () -> values.ranking(Set.of(), 0, count));

        assertThat(ranking).hasSize(count);
        List<BigDecimal> scores = ranking.stream().map(ValueRanking::valueScore).toList();
        List<BigDecimal> sorted = new ArrayList<>(scores);
        sorted.sort(Comparator.reverseOrder());
        assertThat(scores).isEqualTo(sorted);
        assertThat(ranking).extracting(ValueRanking::projectId)
                .filteredOn(id -> Set.of(high.id(), tie.id(), child.id(), low.id(), elsewhere.id(), unscored.id())
                        .contains(id))
                .containsExactly(high.id(), elsewhere.id(), tie.id(), child.id(), low.id());
    }

    @Test
    void another_state_sees_only_its_own_projects() {
        TableroUser stateBudget = fixtures.userOf(otherState, Role.BUDGET_OFFICE);

        assertThat(fixtures.as(stateBudget, () -> values.ranking(Set.of(), 0, 50))).extracting(ValueRanking::projectId)
                .containsExactly(elsewhere.id());
    }

    @Test
    void the_ranking_can_be_limited_to_some_statuses() {
        db.update(PROJECT).set(PROJECT.STATUS, ProjectStatus.IN_REVIEW.name()).where(PROJECT.ID.eq(low.id())).execute();
        TableroUser budget = fixtures.userOf(ministry, Role.BUDGET_OFFICE);

        assertThat(fixtures.as(budget, () -> values.ranking(Set.of(ProjectStatus.IN_REVIEW), 0, 50)))
                .extracting(ValueRanking::projectId).containsExactly(low.id());
        assertThat(fixtures.as(budget, () -> values.rankingCount(Set.of(ProjectStatus.DRAFT)))).isEqualTo(3);
    }

    @Test
    void an_agency_officer_does_not_rank_the_portfolio() {
        TableroUser officer = fixtures.officerOf(ministry);

        assertThatThrownBy(() -> fixtures.as(officer, () -> values.ranking(Set.of(), 0, 50)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as(officer, () -> values.rankingCount(Set.of())))
                .isInstanceOf(AccessDeniedException.class);
    }

    private Project scored(Organisation organisation, int social, int strategic, int environmental) {
        TableroUser officer = fixtures.officerOf(organisation);
        Project project = fixtures.as(officer, () -> projects.create(Fixtures.project(organisation)));
        valueTestData.complete(officer, project.id(), social, strategic, environmental);
        return project;
    }

    /** Benefits of 200,000 in the second year: BCR 1.600 (economic score 3) and 2 + 2 + 3 give 2.50 as well. */
    private Project sameScoreAsChildButHigherNpv() {
        TableroUser officer = fixtures.officerOf(ministry);
        Project project = fixtures.as(officer, () -> projects.create(Fixtures.project(ministry)));
        long objective = valueTestData.newObjective().id();
        ValuePropositionInput base = ValueTestData.completeInput(project, objective, 2, 2, 3);
        ValuePropositionInput input = ValuePropositionServiceIntegrationTest.withYears(base, List.of(
                new ValueYear(2026, new BigDecimal("100000.00"), BigDecimal.ZERO),
                new ValueYear(2027, new BigDecimal("20000.00"), new BigDecimal("200000.00"))));
        ValueProposition saved = fixtures.as(officer, () -> values.save(project.id(), 0, input));
        assertThat(saved.economicScore()).isEqualTo(3);
        assertThat(saved.valueScore()).isEqualByComparingTo("2.50");
        return project;
    }
}
