package org.tablero.publication;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.tablero.layout.MainLayout;

/** What Tablero publishes, how the figures are computed, and what is withheld and why. */
@Route(value = "public/about", layout = MainLayout.class)
@AnonymousAllowed
public class AboutView extends VerticalLayout implements HasDynamicTitle {

    public AboutView(PublicFormats.Factory formatsFactory) {
        addClassNames("public-page", "public-about");
        Div pillars = new Div(pillar("home.pillar.approve.title", "home.pillar.approve.text"),
                pillar("home.pillar.monitor.title", "home.pillar.monitor.text"),
                pillar("home.pillar.open.title", "home.pillar.open.text"));
        pillars.addClassName("pillars");
        add(new H2(getTranslation("public.about.heading")), new Paragraph(getTranslation("home.intro")), pillars,
                new H3(getTranslation("public.about.figures")), new Paragraph(getTranslation("public.about.variance")),
                new Paragraph(getTranslation("public.about.stale", formatsFactory.of(getLocale()).staleAfterDays())), new Paragraph(getTranslation("public.about.rating")),
                new H3(getTranslation("public.about.withheld")), new Paragraph(getTranslation("public.about.withheld-text")),
                new H3(getTranslation("public.about.public-when")), new Paragraph(getTranslation("public.about.public-when-text")));
    }

    private Div pillar(String titleKey, String textKey) {
        Div pillar = new Div(new Span(getTranslation(titleKey)), new Paragraph(getTranslation(textKey)));
        pillar.addClassName("pillar");
        return pillar;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("public.about.heading") + " · " + getTranslation("app.name");
    }
}
