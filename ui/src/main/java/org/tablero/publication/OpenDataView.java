package org.tablero.publication;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.tablero.layout.MainLayout;

/**
 * Where to download everything: a CSV and a JSON list per dataset, the data package and the DCAT catalogue that
 * describe them, the Atom feed of changes, the quarterly snapshots with their checksums, and the API's
 * documentation. The files themselves come from the open-data API under {@code /api/public/v1}.
 */
@Route(value = "public/open-data", layout = MainLayout.class)
@AnonymousAllowed
public class OpenDataView extends VerticalLayout implements HasDynamicTitle {

    public OpenDataView(Snapshots snapshots, PublicFormats.Factory formatsFactory) {
        addClassNames("public-page", "open-data");
        add(new H2(getTranslation("opendata.heading")), new Paragraph(getTranslation("opendata.intro")),
                licence());
        add(new H3(getTranslation("opendata.datasets")));
        PublicTable datasets = new PublicTable(getTranslation("opendata.column.dataset"),
                getTranslation("opendata.column.description"), getTranslation("opendata.column.downloads"));
        for (PublicDataset<?> dataset : PublicDataset.ALL) {
            String title = getTranslation("opendata.dataset." + dataset.name());
            Anchor csv = download(dataset.name() + ".csv", "CSV");
            csv.setAriaLabel(title + " (CSV)");
            Anchor json = download(dataset.name(), "JSON");
            json.setAriaLabel(title + " (JSON)");
            Span downloads = new Span(csv, new Span(" · "), json);
            downloads.addClassName("downloads");
            datasets.row(title,
                    getTranslation("opendata.dataset." + dataset.name() + ".description"), downloads);
        }
        add(datasets);
        add(new H3(getTranslation("opendata.described")));
        UnorderedList described = new UnorderedList(
                item(download("datapackage.json", "datapackage.json"), "opendata.datapackage"),
                item(download("catalog.jsonld", "catalog.jsonld"), "opendata.dcat"),
                item(download("feed.atom", getTranslation("opendata.feed.link")), "opendata.feed"),
                item(download("snapshots", getTranslation("opendata.snapshots.link")), "opendata.snapshots"));
        add(described);
        add(new H3(getTranslation("opendata.snapshots.link")), snapshots(snapshots.list(),
                formatsFactory.of(getLocale())));
        add(new H3(getTranslation("opendata.api")));
        Anchor docs = new Anchor("swagger-ui.html", getTranslation("opendata.api.docs"));
        docs.setRouterIgnore(true);
        Anchor openapi = new Anchor("v3/api-docs", "OpenAPI (JSON)");
        openapi.setRouterIgnore(true);
        add(new Paragraph(getTranslation("opendata.api.text")), new UnorderedList(new ListItem(docs),
                new ListItem(openapi)));
    }

    private com.vaadin.flow.component.Component snapshots(List<Snapshot> snapshots, PublicFormats formats) {
        if (snapshots.isEmpty()) {
            return new Paragraph(getTranslation("opendata.snapshots.none"));
        }
        PublicTable table = new PublicTable(getTranslation("opendata.column.quarter"),
                getTranslation("opendata.column.published"), getTranslation("opendata.column.size"),
                getTranslation("opendata.column.sha256"));
        for (Snapshot snapshot : snapshots) {
            Span checksum = new Span(snapshot.sha256());
            checksum.addClassName("checksum");
            table.row(download("snapshots/" + snapshot.quarter() + ".zip", snapshot.fileName()),
                    formats.dateTime(snapshot.createdAt()), getTranslation("opendata.size-kb",
                            Math.max(1, snapshot.sizeBytes() / 1024)), checksum);
        }
        return table;
    }

    private Paragraph licence() {
        Anchor licence = new Anchor("https://creativecommons.org/licenses/by/4.0/", "CC BY 4.0",
                AnchorTarget.BLANK);
        return new Paragraph(new Span(getTranslation("opendata.licence") + " "), licence);
    }

    /** A file of the open-data API, downloaded by the browser rather than routed. */
    private static Anchor download(String path, String text) {
        Anchor anchor = new Anchor(PublicAddresses.API + "/" + path, text);
        anchor.setRouterIgnore(true);
        return anchor;
    }

    private ListItem item(Anchor link, String textKey) {
        return new ListItem(link, new Span(" — " + getTranslation(textKey)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("opendata.heading") + " · " + getTranslation("app.name");
    }
}
