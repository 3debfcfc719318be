package org.tablero.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.tablero.ViewTest;
import org.tablero.identity.Role;
import org.tablero.identity.TableroUser;
import org.tablero.monitoring.MonitoringTestData.Team;
import org.tablero.organisation.OrganisationService;
import org.tablero.project.Project;
import org.tablero.support.Fixtures;

/** The progress page as an owner and a digital authority use it. */
@ViewTest
class ProgressViewTest extends SpringBrowserlessTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    MonitoringTestData data;

    @Autowired
    OrganisationService organisations;

    @Autowired
    ProgressReportService reports;

    Project project;

    @BeforeEach
    void projectOfTheDemoOfficerInExecution() {
        TableroUser officer = fixtures.user("officer");
        Team team = new Team(fixtures.as(officer, () -> organisations.visibleToCurrentUser().getFirst()), officer,
                fixtures.nationalUser(Role.DIGITAL_AUTHORITY), fixtures.nationalUser(Role.BUDGET_OFFICE),
                fixtures.nationalUser(Role.PROCUREMENT_AUTHORITY));
        project = data.inExecution(team);
    }

    @Test
    @WithUserDetails("officer")
    void the_owner_files_last_month_and_sees_its_variance_in_colour_and_words() {
        open();
        fill("150000", "260000.65", 60, "The second region joined late.");
        test(button("delivery.submit")).click();

        assertThat(reports.reports(project.id())).singleElement().satisfies(report -> {
            assertThat(report.period()).isEqualTo(YearMonth.now().minusMonths(1));
            assertThat(report.costVariance().colour()).isEqualTo(VarianceColour.RED);
        });
        assertThat(find(Span.class).withClassName("variance-red").all()).isNotEmpty()
                .allSatisfy(badge -> assertThat(badge.getText()).contains("%"));
    }

    @Test
    @WithUserDetails("officer")
    void a_percent_above_100_is_refused_at_its_field_and_nothing_is_filed() {
        open();
        fill("1000", "200000.50", 150, "Typo.");
        test(button("delivery.submit")).click();

        BigDecimalField percent = find(BigDecimalField.class)
                .withPropertyValue(BigDecimalField::getLabel, label("delivery.percent-complete")).single();
        assertThat(percent.isInvalid()).isTrue();
        assertThat(percent.getValue()).as("what was typed stays").isEqualByComparingTo("150");
        assertThat(reports.reports(project.id())).isEmpty();
    }

    @Test
    @WithUserDetails("authority")
    void the_digital_authority_rates_the_project_and_sees_the_rating_in_colour_and_words() {
        open();
        @SuppressWarnings("unchecked")
        Select<Integer> rating = find(Select.class).withPropertyValue(Select::getLabel, label("delivery.rating"))
                .single();
        rating.setValue(2);
        test(find(TextField.class).withPropertyValue(TextField::getLabel, label("delivery.comment")).single())
                .setValue("The vendor has missed two sprints.");
        test(button("delivery.rate")).click();

        assertThat(find(Span.class).withClassName("variance-red").all())
                .anySatisfy(badge -> assertThat(badge.getText()).isEqualTo(label("delivery.rating-value", 2)));
    }

    @Test
    @WithUserDetails("officer")
    void the_owner_sees_the_ratings_but_cannot_rate() {
        open();

        assertThat(find(Button.class).withPropertyValue(Button::getText, label("delivery.rate")).all()).isEmpty();
        assertThat(find(Button.class).withPropertyValue(Button::getText, label("delivery.submit")).all()).hasSize(1);
    }

    private void open() {
        navigate(ProgressView.class, Map.of("id", String.valueOf(project.id())));
    }

    @SuppressWarnings("unchecked")
    private void fill(String spend, String projected, int percent, String narrative) {
        ComboBox<YearMonth> period = find(ComboBox.class)
                .withPropertyValue(ComboBox::getLabel, label("delivery.period")).single();
        period.setValue(YearMonth.now().minusMonths(1));
        field("delivery.spend-to-date").setValue(new BigDecimal(spend));
        field("delivery.projected-cost").setValue(new BigDecimal(projected));
        field("delivery.percent-complete").setValue(new BigDecimal(percent));
        Select<Confidence> confidence = find(Select.class)
                .withPropertyValue(Select::getLabel, label("delivery.confidence")).single();
        confidence.setValue(Confidence.MEDIUM_LOW);
        test(find(TextArea.class).withPropertyValue(TextArea::getLabel, label("delivery.narrative")).single())
                .setValue(narrative);
    }

    private BigDecimalField field(String key) {
        return find(BigDecimalField.class).withPropertyValue(BigDecimalField::getLabel, label(key)).single();
    }

    private Button button(String key) {
        return find(Button.class).withPropertyValue(Button::getText, label(key)).single();
    }

    private String label(String key, Object... arguments) {
        return UI.getCurrent().getTranslation(key, arguments);
    }
}
