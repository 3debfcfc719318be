package org.tablero;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.router.RouteNotFoundError;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.tablero.identity.LoginView;
import org.tablero.identity.UsersView;
import org.tablero.organisation.OrganisationsView;
import org.tablero.project.ProjectFormView;
import org.tablero.project.ProjectsView;
import org.tablero.publication.PublicHomeView;

/** Who may open which view; the services check again behind every view. */
@ViewTest
class ViewAccessTest extends SpringBrowserlessTest {

    @Test
    @WithAnonymousUser
    void anonymous_visitors_see_the_public_page_and_are_sent_to_sign_in_for_the_register() {
        navigate(PublicHomeView.class);
        navigate("projects", LoginView.class);
        navigate("projects/new", LoginView.class);
        navigate("admin/users", LoginView.class);
    }

    @Test
    @WithUserDetails("officer")
    void an_agency_officer_opens_the_register_and_the_new_project_form_but_not_administration() {
        navigate(ProjectsView.class);
        navigate(ProjectFormView.class);
        assertDenied("admin/users");
        assertDenied("admin/organisations");
    }

    @Test
    @WithUserDetails("budget")
    void the_budget_office_reads_the_register_but_does_not_create_projects() {
        navigate(ProjectsView.class);
        assertDenied("projects/new");
    }

    @Test
    @WithUserDetails("admin")
    void an_administrator_manages_users_and_organisations() {
        navigate(UsersView.class);
        navigate(OrganisationsView.class);
        assertDenied("projects/new");
    }

    private void assertDenied(String location) {
        RouteNotFoundError error = navigate(location, RouteNotFoundError.class);
        assertThat(error.getElement().getOuterHTML()).contains("denied");
    }
}
