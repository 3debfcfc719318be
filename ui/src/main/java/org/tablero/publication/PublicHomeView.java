package org.tablero.publication;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import org.tablero.identity.CurrentUser;
import org.tablero.layout.MainLayout;

/**
 * The public front door: where public money for digital government goes, for anyone without an account. A search
 * box first, then the portfolio in headline figures and charts, each leading to the projects behind it.
 */
@Route(value = "", layout = MainLayout.class)
@AnonymousAllowed
public class PublicHomeView extends VerticalLayout implements HasDynamicTitle {

    public PublicHomeView(PublicPortfolio portfolio, PublicFormats.Factory formatsFactory) {
        addClassNames("public-page", "public-home");
        PublicFormats formats = formatsFactory.of(getLocale());
        Paragraph intro = new Paragraph(getTranslation("home.intro"));
        intro.addClassName("lead");
        add(new H2(getTranslation("home.heading")), search(), intro,
                new PortfolioDashboard(portfolio, portfolio.overview(null), formats), staff());
    }

    /** Searches code, title and summary of every public project: the list with {@code q=}. */
    static Component search() {
        TextField text = new TextField();
        text.setAriaLabel(text.getTranslation("public.search.label"));
        text.setPlaceholder(text.getTranslation("public.search.placeholder"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setMaxLength(200);
        text.addClassName("search-field");
        Button go = new Button(text.getTranslation("public.search.button"));
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Runnable search = () -> text.getUI().ifPresent(ui -> ui.navigate(PublicProjectsView.class,
                QueryParameters.simple(text.getValue().isBlank() ? Map.of()
                        : Map.of(PublicAddresses.TEXT, text.getValue().strip()))));
        go.addClickListener(event -> search.run());
        text.addKeyPressListener(Key.ENTER, event -> search.run());
        Div box = new Div(text, go);
        box.addClassName("search-box");
        box.getElement().setAttribute("role", "search");
        return box;
    }

    private Component staff() {
        Anchor next = CurrentUser.find().isPresent()
                ? new Anchor("projects", getTranslation("home.go-to-projects"))
                : new Anchor("login", getTranslation("home.sign-in"));
        Paragraph staff = new Paragraph(new Text(getTranslation("public.home.staff") + " "), next);
        staff.addClassName("staff-link");
        return staff;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("public.overview.title") + " · " + getTranslation("app.name");
    }
}
