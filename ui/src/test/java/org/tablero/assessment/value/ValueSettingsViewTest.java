package org.tablero.assessment.value;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.tablero.ViewTest;
import org.tablero.config.TableroProperties;

/** The value settings on the screen: refusals at the fields, nothing saved; the discount rate typed in percent. */
@ViewTest
class ValueSettingsViewTest extends SpringBrowserlessTest {

    @Autowired
    ValueSettingsService settings;

    @Autowired
    TableroProperties properties;

    @Test
    @WithUserDetails("admin")
    void weights_that_are_all_zero_are_refused_at_the_weight_fields_and_nothing_is_saved() {
        ValueSettings before = settings.get();
        ValueSettingsView view = navigate(ValueSettingsView.class);

        for (var field : List.of(view.economic, view.social, view.strategic, view.environmental)) {
            test(field).setValue(BigDecimal.ZERO);
        }
        test(view.saveWeights).click();

        for (var field : List.of(view.economic, view.social, view.strategic, view.environmental)) {
            assertThat(field.isInvalid()).isTrue();
            assertThat(field.getErrorMessage()).isNotBlank().doesNotStartWith("!");
        }
        assertThat(view.weightsProblem.isVisible()).isTrue();
        assertThat(settings.get()).isEqualTo(before);
    }

    @Test
    @WithUserDetails("admin")
    void the_screen_shows_the_current_settings_and_the_strategic_threshold() {
        ValueSettings current = settings.get();
        ValueSettingsView view = navigate(ValueSettingsView.class);

        assertThat(view.discountRate.getValue()).isEqualByComparingTo(current.discountRate().movePointRight(2));
        assertThat(view.economic.getValue()).isEqualByComparingTo(current.weights().economic());
        assertThat(view.strategicThreshold.isReadOnly()).isFalse();
        assertThat(view.strategicThreshold.getValue()).isPositive();
        assertThat(properties.strategicThreshold()).isPositive();
    }

    @Test
    @WithUserDetails("admin")
    void a_discount_rate_above_one_hundred_percent_is_refused_at_the_field() {
        ValueSettings before = settings.get();
        ValueSettingsView view = navigate(ValueSettingsView.class);

        test(view.discountRate).setValue(new BigDecimal("150"));
        test(view.saveDiscountRate).click();

        assertThat(view.discountRate.isInvalid()).isTrue();
        assertThat(settings.get()).isEqualTo(before);
    }

    @Test
    @WithUserDetails("admin")
    void the_discount_rate_typed_in_percent_is_saved_as_a_fraction() {
        ValueSettings before = settings.get();
        ValueSettingsView view = navigate(ValueSettingsView.class);
        try {
            test(view.discountRate).setValue(new BigDecimal("7.5"));
            test(view.saveDiscountRate).click();

            assertThat(settings.get().discountRate()).isEqualByComparingTo("0.075");
            assertThat(settings.get().weights()).isEqualTo(before.weights());
        } finally {
            settings.updateDiscountRate(before.discountRate());
        }
    }
}
