package org.tablero.project;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.tablero.ViewTest;

/** The project form as an officer uses it: what is refused is shown at the field, and nothing is saved. */
@ViewTest
class ProjectFormViewTest extends SpringBrowserlessTest {

    @Autowired
    ProjectService projects;

    @Test
    @WithUserDetails("officer")
    void a_complete_project_is_saved_and_its_page_opens() {
        ProjectFormView form = navigate(ProjectFormView.class);
        fillIn(form, "Agenda digital de vacunación", LocalDate.of(2026, 3, 1), LocalDate.of(2027, 6, 30));
        String code = form.code.getValue();

        test(form.save).click();

        assertThat(getCurrentView()).isInstanceOf(ProjectView.class);
        ProjectSummary saved = projects.page(new ProjectFilter(null, null, null, null, code), ProjectSort.CODE, true,
                0, 10).getFirst();
        assertThat(saved.title()).isEqualTo("Agenda digital de vacunación");
        assertThat(saved.status()).isEqualTo(ProjectStatus.DRAFT);
        assertThat(saved.lifecycleCost()).isEqualByComparingTo("360000.00");
    }

    @Test
    @WithUserDetails("officer")
    void an_end_before_the_start_is_shown_at_the_end_date_and_nothing_is_saved() {
        int before = projects.count(ProjectFilter.none());
        ProjectFormView form = navigate(ProjectFormView.class);
        fillIn(form, "Plazo imposible", LocalDate.of(2027, 6, 30), LocalDate.of(2026, 3, 1));

        test(form.save).click();

        assertThat(getCurrentView()).isSameAs(form);
        assertThat(form.plannedEnd.isInvalid()).isTrue();
        assertThat(form.plannedEnd.getErrorMessage()).isNotBlank();
        assertThat(form.title.getValue()).as("what was typed is kept").isEqualTo("Plazo imposible");
        assertThat(projects.count(ProjectFilter.none())).isEqualTo(before);
    }

    @Test
    @WithUserDetails("officer")
    void a_title_of_ten_thousand_characters_and_a_negative_cost_are_refused_next_to_their_fields() {
        int before = projects.count(ProjectFilter.none());
        ProjectFormView form = navigate(ProjectFormView.class);
        fillIn(form, "x".repeat(10_000), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 12, 31));
        form.costs.setValue(List.of(new YearlyCost(2026, new BigDecimal("-5.00"), BigDecimal.ZERO)));

        test(form.save).click();

        assertThat(form.title.isInvalid()).isTrue();
        assertThat(form.costs.problem().isVisible()).isTrue();
        assertThat(form.costs.problem().getText()).isNotBlank();
        assertThat(projects.count(ProjectFilter.none())).isEqualTo(before);
    }

    @Test
    @WithUserDetails("officer")
    void the_planned_period_offers_a_cost_row_for_each_of_its_years() {
        ProjectFormView form = navigate(ProjectFormView.class);
        form.plannedStart.setValue(LocalDate.of(2026, 1, 1));
        form.plannedEnd.setValue(LocalDate.of(2028, 12, 31));
        assertThat(form.costs.getValue()).as("rows without amounts are not costs yet").isEmpty();
        assertThat(form.costs.rowCount()).isEqualTo(3);
    }

    private void fillIn(ProjectFormView form, String title, LocalDate start, LocalDate end) {
        test(form.title).setValue(title);
        test(form.summary).setValue("Citas de vacunación en línea para toda la población.");
        form.category.setValue(Category.NEW_DEVELOPMENT);
        form.policyArea.setValue(PolicyArea.HEALTH);
        form.deliveryApproach.setValue(DeliveryApproach.AGILE);
        form.iterationWeeks.setValue(2);
        form.fundingSource.setValue(FundingSource.NATIONAL_BUDGET);
        form.plannedStart.setValue(start);
        form.plannedEnd.setValue(end);
        form.infrastructure.setValue(Set.of(Infrastructure.DIGITAL_IDENTITY, Infrastructure.NOTIFICATIONS));
        int firstYear = Math.min(start.getYear(), end.getYear());
        form.costs.setValue(List.of(new YearlyCost(firstYear, new BigDecimal("200000.00"), new BigDecimal("40000.00")),
                new YearlyCost(firstYear + 1, new BigDecimal("60000.00"), new BigDecimal("60000.00"))));
    }
}
