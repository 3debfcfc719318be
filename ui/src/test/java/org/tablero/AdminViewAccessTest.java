package org.tablero;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.router.RouteNotFoundError;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.tablero.assessment.standards.StandardsCatalogueView;
import org.tablero.assessment.value.StrategyObjectivesView;
import org.tablero.assessment.value.ValueSettingsView;
import org.tablero.identity.LoginView;

/** Who may open the administration of the standards catalogue, the strategy objectives and the value settings. */
@ViewTest
class AdminViewAccessTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("admin")
    void an_administrator_opens_the_catalogue_the_objectives_and_the_settings() {
        navigate(StandardsCatalogueView.class);
        navigate(StrategyObjectivesView.class);
        navigate(ValueSettingsView.class);
    }

    @Test
    @WithUserDetails("authority")
    void the_digital_authority_keeps_the_catalogue_but_not_the_objectives_or_settings() {
        navigate(StandardsCatalogueView.class);
        assertDenied("admin/objectives");
        assertDenied("admin/settings");
    }

    @Test
    @WithUserDetails("officer")
    void an_agency_officer_opens_none_of_them() {
        assertDenied("admin/standards");
        assertDenied("admin/objectives");
        assertDenied("admin/settings");
    }

    @Test
    @WithUserDetails("budget")
    void the_budget_office_opens_none_of_them() {
        assertDenied("admin/standards");
        assertDenied("admin/settings");
    }

    @Test
    @WithAnonymousUser
    void anonymous_visitors_are_sent_to_sign_in() {
        navigate("admin/standards", LoginView.class);
        navigate("admin/objectives", LoginView.class);
        navigate("admin/settings", LoginView.class);
    }

    private void assertDenied(String location) {
        RouteNotFoundError error = navigate(location, RouteNotFoundError.class);
        assertThat(error.getElement().getOuterHTML()).contains("denied");
    }
}
