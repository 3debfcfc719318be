package org.tablero.publication;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Locale;
import org.tablero.common.Labels;
import org.tablero.layout.MainLayout;

/**
 * Every organisation of the government's tree, parents before children, with its public projects and those of its
 * whole subtree; each leads to its page.
 */
@Route(value = PublicAddresses.ORGANISATIONS, layout = MainLayout.class)
@AnonymousAllowed
public class PublicOrganisationsView extends VerticalLayout implements HasDynamicTitle {

    private final List<PublicOrganisation> organisations;
    private final PublicFormats formats;
    private final VerticalLayout results = new VerticalLayout();

    public PublicOrganisationsView(PublicPortfolio portfolio, PublicFormats.Factory formatsFactory) {
        addClassNames("public-page", "public-organisations");
        organisations = portfolio.organisations();
        formats = formatsFactory.of(getLocale());
        TextField filter = new TextField(getTranslation("public.organisations.filter"));
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(event -> show(event.getValue()));
        results.setPadding(false);
        add(new H2(getTranslation("public.organisations.heading")),
                new Paragraph(getTranslation("public.organisations.intro")), filter, results);
        show("");
    }

    /** The whole tree, or the organisations whose name or code contains the text (then without indentation). */
    private void show(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        PublicTable table = new PublicTable(getTranslation("public.column.organisation"),
                getTranslation("public.column.level"), getTranslation("public.organisations.own"),
                getTranslation("public.organisations.subtree"), getTranslation("public.organisations.investment"));
        for (PublicOrganisation organisation : organisations) {
            if (!wanted.isEmpty() && !organisation.name().toLowerCase(Locale.ROOT).contains(wanted)
                    && !organisation.code().toLowerCase(Locale.ROOT).contains(wanted)) {
                continue;
            }
            Anchor name = new Anchor(PublicAddresses.organisation(organisation.code()), organisation.name());
            if (wanted.isEmpty()) {
                name.getStyle().set("margin-inline-start", organisation.depth() * 1.25 + "em");
            }
            name.addClassName("tree-name");
            table.row(name, Labels.of(organisation.level()), formats.count(organisation.projects()),
                    formats.count(organisation.subtreeProjects()), formats.money(organisation.subtreeInvestment()));
        }
        results.removeAll();
        results.add(table);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("public.organisations.heading") + " · " + getTranslation("app.name");
    }
}
