package org.tablero.layout;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Locale;
import java.util.Optional;
import org.tablero.approval.ReviewQueueView;
import org.tablero.assessment.standards.StandardsCatalogueView;
import org.tablero.assessment.value.StrategyObjectivesView;
import org.tablero.assessment.value.ValueSettingsView;
import org.tablero.config.LocaleSelection;
import org.tablero.identity.ApiTokensView;
import org.tablero.identity.CurrentUser;
import org.tablero.identity.Role;
import org.tablero.identity.TableroUser;
import org.tablero.identity.UsersView;
import org.tablero.monitoring.DueView;
import org.tablero.organisation.OrganisationsView;
import org.tablero.portfolio.PortfolioView;
import org.tablero.project.ProjectFormView;
import org.tablero.project.ProjectsView;
import org.tablero.publication.AboutView;
import org.tablero.publication.OpenDataView;
import org.tablero.publication.PublicHomeView;
import org.tablero.publication.PublicOrganisationsView;
import org.tablero.publication.PublicProjectsView;

/**
 * The frame of every page: the menu for the user's roles, the language switch and who is signed in.
 * The layout is open to everyone because public pages use it too; each view says who may open it.
 */
@AnonymousAllowed
public class MainLayout extends AppLayout {

    private final transient AuthenticationContext authentication;

    public MainLayout(AuthenticationContext authentication) {
        this.authentication = authentication;
        H1 title = new H1(getTranslation("app.name"));
        title.addClassName("app-title");
        HorizontalLayout topBar = new HorizontalLayout(new DrawerToggle(), title, new Div(), languageSwitch(),
                userArea());
        topBar.setWidthFull();
        topBar.setAlignItems(FlexComponent.Alignment.CENTER);
        topBar.expand(topBar.getComponentAt(2));
        topBar.addClassName("top-bar");
        addToNavbar(topBar);
        addToDrawer(navigation());
        setPrimarySection(Section.DRAWER);
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        Optional<TableroUser> user = CurrentUser.find();
        if (user.isEmpty()) {
            nav.addItem(new SideNavItem(getTranslation("nav.overview"), PublicHomeView.class, VaadinIcon.HOME.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.organisations"), PublicOrganisationsView.class,
                    VaadinIcon.SITEMAP.create()));
            nav.addItem(new SideNavItem(getTranslation("public.nav.projects"), PublicProjectsView.class,
                    VaadinIcon.LIST.create()));
            nav.addItem(new SideNavItem(getTranslation("public.nav.open-data"), OpenDataView.class,
                    VaadinIcon.DOWNLOAD.create()));
            nav.addItem(new SideNavItem(getTranslation("public.nav.about"), AboutView.class,
                    VaadinIcon.INFO_CIRCLE.create()));
            return nav;
        }
        TableroUser signedIn = user.get();
        boolean reviewer = signedIn.hasRole(Role.DIGITAL_AUTHORITY) || signedIn.hasRole(Role.BUDGET_OFFICE)
                || signedIn.hasRole(Role.PROCUREMENT_AUTHORITY) || signedIn.hasRole(Role.STRATEGIC_BOARD);
        if (signedIn.hasRole(Role.AGENCY_OFFICER)) {
            nav.addItem(new SideNavItem(getTranslation("nav.my-projects"), ProjectsView.class,
                    VaadinIcon.FOLDER_OPEN.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.new-project"), ProjectFormView.class,
                    VaadinIcon.PLUS.create()));
            nav.addItem(new SideNavItem(getTranslation("due.reports-heading"), DueView.class,
                    VaadinIcon.CALENDAR_CLOCK.create()));
        }
        if (reviewer) {
            String label = reviewsAspects(signedIn) ? "nav.my-reviews" : "nav.board-queue";
            nav.addItem(new SideNavItem(getTranslation(label), ReviewQueueView.class, VaadinIcon.INBOX.create()));
        }
        if (signedIn.hasRole(Role.DIGITAL_AUTHORITY) && !signedIn.hasRole(Role.AGENCY_OFFICER)) {
            nav.addItem(new SideNavItem(getTranslation("due.ratings-heading"), DueView.class,
                    VaadinIcon.CHART_LINE.create()));
        }
        if (!signedIn.hasRole(Role.AGENCY_OFFICER) && (reviewer || signedIn.hasRole(Role.ADMIN))) {
            nav.addItem(new SideNavItem(getTranslation("nav.portfolio"), PortfolioView.class,
                    VaadinIcon.PIE_BAR_CHART.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.register"), ProjectsView.class,
                    VaadinIcon.TABLE.create()));
        }
        if (signedIn.hasRole(Role.ADMIN)) {
            nav.addItem(new SideNavItem(getTranslation("nav.users"), UsersView.class, VaadinIcon.USERS.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.organisations"), OrganisationsView.class,
                    VaadinIcon.SITEMAP.create()));
        }
        if (signedIn.hasRole(Role.ADMIN) || signedIn.hasRole(Role.DIGITAL_AUTHORITY)) {
            nav.addItem(new SideNavItem(getTranslation("nav.standards-catalogue"), StandardsCatalogueView.class,
                    VaadinIcon.CHECK_SQUARE_O.create()));
        }
        if (signedIn.hasRole(Role.ADMIN)) {
            nav.addItem(new SideNavItem(getTranslation("nav.strategy-objectives"), StrategyObjectivesView.class,
                    VaadinIcon.BULLSEYE.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.value-settings"), ValueSettingsView.class,
                    VaadinIcon.COG.create()));
        }
        nav.addItem(new SideNavItem(getTranslation("nav.api-tokens"), ApiTokensView.class,
                VaadinIcon.KEY.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.public-site"), PublicHomeView.class,
                VaadinIcon.GLOBE.create()));
        return nav;
    }

    private static boolean reviewsAspects(TableroUser user) {
        return user.hasRole(Role.DIGITAL_AUTHORITY) || user.hasRole(Role.BUDGET_OFFICE)
                || user.hasRole(Role.PROCUREMENT_AUTHORITY);
    }

    private Select<Locale> languageSwitch() {
        Select<Locale> language = new Select<>();
        language.setItems(LocaleSelection.SUPPORTED);
        language.setItemLabelGenerator(locale -> locale.getDisplayLanguage(locale));
        language.setValue(LocaleSelection.SUPPORTED.stream()
                .filter(locale -> locale.getLanguage().equals(getLocale().getLanguage()))
                .findFirst().orElse(LocaleSelection.SUPPORTED.getFirst()));
        language.setAriaLabel(getTranslation("nav.language"));
        language.addClassName("language-switch");
        language.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                LocaleSelection.choose(event.getValue());
            }
        });
        return language;
    }

    private HorizontalLayout userArea() {
        HorizontalLayout area = new HorizontalLayout();
        area.setAlignItems(FlexComponent.Alignment.CENTER);
        area.addClassName("user-area");
        CurrentUser.find().ifPresentOrElse(user -> {
            Div who = new Div(new Span(user.displayName()), new Span(user.organisationName()));
            who.addClassName("who");
            Button logout = new Button(getTranslation("nav.sign-out"), event -> authentication.logout());
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            area.add(who, logout);
        }, () -> area.add(new Anchor("login", getTranslation("nav.sign-in"))));
        return area;
    }
}
