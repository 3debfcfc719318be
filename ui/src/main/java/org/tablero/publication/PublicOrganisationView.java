package org.tablero.publication;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.tablero.common.Labels;
import org.tablero.common.NotFoundException;
import org.tablero.layout.MainLayout;

/** One organisation with its whole subtree rolled up: the overview's tiles and charts, scoped to it. */
@Route(value = PublicAddresses.ORGANISATIONS + "/:code", layout = MainLayout.class)
@AnonymousAllowed
public class PublicOrganisationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient PublicPortfolio portfolio;
    private final transient PublicFormats.Factory formatsFactory;
    private String name = "";

    public PublicOrganisationView(PublicPortfolio portfolio, PublicFormats.Factory formatsFactory) {
        this.portfolio = portfolio;
        this.formatsFactory = formatsFactory;
        addClassNames("public-page", "public-organisation");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("code").orElse("");
        PublicOrganisation organisation;
        PortfolioOverview overview;
        try {
            organisation = portfolio.organisation(code);
            overview = portfolio.overview(code);
        } catch (NotFoundException | PublicQueryException unknown) {
            event.rerouteToError(PublicNotFoundException.class, code);
            return;
        }
        name = organisation.name();
        removeAll();
        Span kind = new Span(Labels.of(organisation.level()));
        kind.addClassName("project-code");
        Paragraph context = new Paragraph();
        if (organisation.parentCode() != null) {
            PublicOrganisation parent = portfolio.organisation(organisation.parentCode());
            context.add(new Span(getTranslation("public.organisation.part-of") + " "),
                    new Anchor(PublicAddresses.organisation(parent.code()), parent.name()), new Span(". "));
        }
        context.add(new Span(getTranslation("public.organisation.rolled-up", organisation.subtreeProjects(),
                organisation.projects()) + " "), new Anchor(PublicAddresses.projects(
                        PublicAddresses.scoped(organisation.code())), getTranslation("public.organisation.list")));
        add(kind, new H2(organisation.name()), context,
                new PortfolioDashboard(portfolio, overview, formatsFactory.of(getLocale())));
    }

    @Override
    public String getPageTitle() {
        return name + " · " + getTranslation("app.name");
    }
}
