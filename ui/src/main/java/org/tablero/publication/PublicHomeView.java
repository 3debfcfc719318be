package org.tablero.publication;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.tablero.identity.CurrentUser;
import org.tablero.layout.MainLayout;

/**
 * The public front door. The open dashboards and open data come with the publication issue; until then
 * it says what Tablero is and leads to sign-in.
 */
@Route(value = "", layout = MainLayout.class)
@AnonymousAllowed
public class PublicHomeView extends VerticalLayout implements HasDynamicTitle {

    public PublicHomeView() {
        addClassName("public-home");
        H2 heading = new H2(getTranslation("home.heading"));
        Paragraph intro = new Paragraph(getTranslation("home.intro"));
        Div pillars = new Div(pillar("home.pillar.approve.title", "home.pillar.approve.text"),
                pillar("home.pillar.monitor.title", "home.pillar.monitor.text"),
                pillar("home.pillar.open.title", "home.pillar.open.text"));
        pillars.addClassName("pillars");
        Anchor next = CurrentUser.find().isPresent()
                ? new Anchor("projects", getTranslation("home.go-to-projects"))
                : new Anchor("login", getTranslation("home.sign-in"));
        next.addClassName("primary-link");
        add(heading, intro, pillars, next, new Paragraph(getTranslation("home.open-data-soon")));
    }

    private Div pillar(String titleKey, String textKey) {
        Div pillar = new Div(new Span(getTranslation(titleKey)), new Paragraph(getTranslation(textKey)));
        pillar.addClassName("pillar");
        return pillar;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.name");
    }
}
