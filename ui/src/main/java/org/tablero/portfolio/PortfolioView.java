package org.tablero.portfolio;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.tablero.common.Chart;
import org.tablero.common.ChartCard;
import org.tablero.common.ChartColours;
import org.tablero.common.Formats;
import org.tablero.common.Labels;
import org.tablero.common.StatusBadge;
import org.tablero.common.Tiles;
import org.tablero.config.TableroProperties;
import org.tablero.layout.MainLayout;
import org.tablero.monitoring.VarianceBadges;
import org.tablero.monitoring.VarianceColour;
import org.tablero.project.ProjectStatus;
import org.tablero.project.ProjectView;

/**
 * The budget office's portfolio (ux.md, "Portfolio"): headline tiles, charts of the breakdowns and of the
 * variance and rating distributions, the organisation tree rolled up, and the projects behind whatever is selected,
 * exportable. Every figure drills down by adding its key to the filter, which lives in the address so that a view
 * can be shared.
 */
@Route(value = "portfolio", layout = MainLayout.class)
@RolesAllowed({"BUDGET_OFFICE", "DIGITAL_AUTHORITY", "PROCUREMENT_AUTHORITY", "STRATEGIC_BOARD", "ADMIN"})
public class PortfolioView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient PortfolioService portfolio;
    private final transient TableroProperties properties;
    private PortfolioFilter filter = PortfolioFilter.none();
    private PortfolioList list = PortfolioList.ALL;

    public PortfolioView(PortfolioService portfolio, TableroProperties properties) {
        this.portfolio = portfolio;
        this.properties = properties;
        addClassName("portfolio-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        try {
            filter = PortfolioAddress.filterOf(query);
            list = PortfolioAddress.listOf(query);
        } catch (IllegalArgumentException badAddress) {
            filter = PortfolioFilter.none();
            list = PortfolioList.ALL;
        }
        removeAll();
        PortfolioSummary summary = portfolio.summary(filter);
        add(new H2(getTranslation("portfolio.heading")), activeFilters(summary), tiles(summary.headline()), charts(summary),
                new H3(getTranslation("portfolio.organisations")), organisations(summary), projects());
    }

    private Component activeFilters(PortfolioSummary summary) {
        Div chips = new Div();
        chips.addClassName("active-filters");
        Map<String, String> parameters = PortfolioAddress.parametersOf(filter, list);
        if (parameters.isEmpty()) {
            chips.add(new Span(getTranslation("portfolio.whole-portfolio")));
            return chips;
        }
        parameters.forEach((name, value) -> {
            if (!name.equals(PortfolioAddress.LIST)) {
                Anchor remove = new Anchor(PortfolioAddress.without(filter, list, name),
                        getTranslation("portfolio.filter." + name) + ": " + (name.equals("organisation")
                                ? organisationName(summary, Long.parseLong(value))
                                : PortfolioAddress.label(this, name, value)) + " ✕");
                remove.addClassName("filter-chip");
                remove.getElement().setAttribute("aria-label", getTranslation("portfolio.remove-filter",
                        getTranslation("portfolio.filter." + name)));
                chips.add(remove);
            }
        });
        chips.add(new Anchor("portfolio", getTranslation("portfolio.clear")));
        return chips;
    }

    private static String organisationName(PortfolioSummary summary, long id) {
        return summary.organisations().stream().filter(organisation -> organisation.organisationId() == id)
                .map(OrganisationFigures::name).findFirst().orElse(String.valueOf(id));
    }

    private Component tiles(Figures headline) {
        Div tiles = new Div(
                tile("portfolio.tile.investment", Formats.moneyCompact(headline.investment(), properties.currency(),
                        getLocale()), money(headline.investment()), filter, PortfolioList.ALL),
                tile("portfolio.tile.projects", Integer.toString(headline.projects()), null, filter,
                        PortfolioList.ALL),
                tile("portfolio.tile.in-execution", Integer.toString(headline.inExecution()), null,
                        filter.withStatus(ProjectStatus.IN_EXECUTION), PortfolioList.ALL),
                tile("portfolio.tile.over-budget", share(headline.overBudgetPercent()),
                        getTranslation("portfolio.tile.of", headline.overBudget(), headline.withCostVariance()),
                        filter, PortfolioList.OVER_BUDGET),
                tile("portfolio.tile.late", share(headline.latePercent()),
                        getTranslation("portfolio.tile.of", headline.late(), headline.withScheduleVariance()),
                        filter, PortfolioList.LATE),
                tile("portfolio.tile.stale", Integer.toString(headline.stale()), null, filter,
                        PortfolioList.STALE),
                tile("portfolio.tile.at-risk", Integer.toString(headline.atRisk()), null, filter,
                        PortfolioList.AT_RISK));
        tiles.addClassName("tiles");
        tiles.setWidthFull();
        return tiles;
    }

    private Anchor tile(String labelKey, String value, String note, PortfolioFilter target, PortfolioList targetList) {
        return Tiles.link(PortfolioAddress.of(target, targetList), getTranslation(labelKey), value, note);
    }

    private Component charts(PortfolioSummary summary) {
        Div charts = new Div();
        Stream.of(
                card("portfolio.chart.level", "portfolio.filter.level", summary.byLevel(), Labels::of,
                        filter::withLevel, Chart.Type.BAR),
                card("portfolio.chart.category", "portfolio.filter.category", summary.byCategory(), Labels::of,
                        filter::withCategory, Chart.Type.BAR),
                card("portfolio.chart.status", "portfolio.filter.status", summary.byStatus(), Labels::of,
                        filter::withStatus, Chart.Type.HORIZONTAL_BAR),
                card("portfolio.chart.tier", "portfolio.filter.tier", summary.byTier(), Labels::of,
                        filter::withTier, Chart.Type.PIE),
                card("portfolio.chart.fiscal-year", "portfolio.filter.year", summary.byFiscalYear(),
                        String::valueOf, filter::withFiscalYear, Chart.Type.BAR),
                card("portfolio.chart.funding", "portfolio.filter.funding", summary.byFundingSource(), Labels::of,
                        filter::withFundingSource, Chart.Type.HORIZONTAL_BAR),
                counts("portfolio.chart.cost-colours", "portfolio.filter.cost", summary.costColours(),
                        this::colourName, ChartColours::of, filter::withCostColour, Chart.Type.PIE),
                counts("portfolio.chart.schedule-colours", "portfolio.filter.schedule", summary.scheduleColours(),
                        this::colourName, ChartColours::of, filter::withScheduleColour, Chart.Type.PIE),
                counts("portfolio.chart.ratings", "portfolio.filter.rating", summary.ratings(),
                        rating -> getTranslation("delivery.rating-option." + rating), ChartColours::ofRating,
                        filter::withRating, Chart.Type.BAR))
                .forEach(charts::add);
        charts.addClassName("charts");
        charts.setWidthFull();
        return charts;
    }

    /** A breakdown as a chart of investment with the number of projects in its table; null keys are left out. */
    private <K> Component card(String titleKey, String headingKey, List<Slice<K>> slices, Function<K, String> label,
            Function<K, PortfolioFilter> drill, Chart.Type type) {
        List<Slice<K>> keyed = slices.stream().filter(slice -> slice.key() != null).toList();
        List<Chart.Category> categories = keyed.stream()
                .map(slice -> Chart.Category.of(key(slice.key()), label.apply(slice.key()))).toList();
        return drillable(new Chart(type, getTranslation(titleKey), categories, List.of(investment(keyed)))
                .currency(properties.currency().getCurrencyCode()), headingKey, keyed, drill);
    }

    /** Distributions of projects (not money): variance colours and ratings, each drawn in its own colour. */
    private <K> Component counts(String titleKey, String headingKey, List<Slice<K>> slices, Function<K, String> label,
            Function<K, String> colour, Function<K, PortfolioFilter> drill, Chart.Type type) {
        List<Slice<K>> keyed = slices.stream().filter(slice -> slice.key() != null).toList();
        List<Chart.Category> categories = keyed.stream().map(slice -> new Chart.Category(key(slice.key()),
                label.apply(slice.key()), colour.apply(slice.key()))).toList();
        return drillable(new Chart(type, getTranslation(titleKey), categories, List.of(count(keyed))), headingKey,
                keyed, drill);
    }

    private <K> Component drillable(Chart chart, String headingKey, List<Slice<K>> keyed,
            Function<K, PortfolioFilter> drill) {
        if (keyed.isEmpty()) {
            Section empty = new Section(new H3(chart.title()), new Paragraph(getTranslation("portfolio.no-data")));
            empty.addClassName("chart-card");
            return empty;
        }
        ChartCard card = new ChartCard(chart, getTranslation(headingKey));
        if (chart.series().getFirst().scale() == Chart.Scale.MONEY) {
            card.column(count(keyed));
        }
        return card.links(clicked -> keyed.stream().filter(slice -> key(slice.key()).equals(clicked)).findFirst()
                .map(slice -> PortfolioAddress.of(drill.apply(slice.key()), list)).orElse(null));
    }

    private <K> Chart.Series investment(List<Slice<K>> slices) {
        return new Chart.Series(getTranslation("portfolio.investment"), slices.stream().map(Slice::investment).toList(),
                amount -> money((BigDecimal) amount), Chart.Scale.MONEY);
    }

    private <K> Chart.Series count(List<Slice<K>> slices) {
        return new Chart.Series(getTranslation("portfolio.projects"), slices.stream().map(Slice::projects).toList(),
                String::valueOf, Chart.Scale.COUNT);
    }

    /** "Green", "Yellow", "Red": short enough for a chart; the band in words is in each badge's title. */
    private String colourName(VarianceColour colour) {
        return getTranslation("public.colour.short." + colour.name());
    }

    private static String key(Object key) {
        return key instanceof Enum<?> constant ? constant.name() : String.valueOf(key);
    }

    private Component organisations(PortfolioSummary summary) {
        Grid<OrganisationFigures> grid = new Grid<>();
        grid.addComponentColumn(organisation -> {
            Anchor name = new Anchor(PortfolioAddress.of(filter.withOrganisation(organisation.organisationId()),
                    list), organisation.name());
            name.getStyle().setPaddingLeft(organisation.depth() * 1.2 + "em");
            return name;
        }).setHeader(getTranslation("portfolio.organisation")).setWidth("26em").setFlexGrow(0);
        grid.addColumn(organisation -> Labels.of(organisation.level())).setHeader(getTranslation(
                "portfolio.filter.level")).setAutoWidth(true);
        grid.addColumn(organisation -> organisation.subtree().projects()).setHeader(getTranslation(
                "portfolio.projects")).setAutoWidth(true);
        grid.addColumn(organisation -> money(organisation.subtree().investment())).setHeader(getTranslation(
                "portfolio.investment")).setAutoWidth(true);
        grid.addColumn(organisation -> organisation.subtree().inExecution()).setHeader(getTranslation(
                "portfolio.tile.in-execution")).setAutoWidth(true);
        grid.addColumn(organisation -> share(organisation.subtree().overBudgetPercent()))
                .setHeader(getTranslation("portfolio.tile.over-budget")).setAutoWidth(true);
        grid.addColumn(organisation -> organisation.subtree().stale()).setHeader(getTranslation(
                "portfolio.tile.stale")).setAutoWidth(true);
        grid.setItems(summary.organisations());
        grid.setHeight("22em");
        grid.addClassName("organisation-figures");
        grid.setWidthFull();
        return grid;
    }

    private Component projects() {
        Tabs tabs = new Tabs();
        List<PortfolioList> order = List.of(PortfolioList.values());
        for (PortfolioList each : order) {
            tabs.add(new Tab(getTranslation("portfolio.list." + each.name())));
        }
        tabs.setSelectedIndex(order.indexOf(list));
        tabs.addSelectedChangeListener(change -> getUI().ifPresent(ui -> ui.navigate(
                PortfolioAddress.of(filter, order.get(tabs.getSelectedIndex())))));
        Grid<PortfolioProject> grid = new Grid<>();
        grid.setId("projects");
        grid.addColumn(PortfolioProject::code).setHeader(getTranslation("project.code")).setAutoWidth(true);
        grid.addColumn(PortfolioProject::title).setHeader(getTranslation("project.title")).setWidth("20em")
                .setFlexGrow(2);
        grid.addColumn(PortfolioProject::organisationName).setHeader(getTranslation("portfolio.organisation"))
                .setFlexGrow(2);
        grid.addComponentColumn(project -> StatusBadge.of(project.status())).setHeader(getTranslation(
                "portfolio.filter.status")).setAutoWidth(true);
        grid.addColumn(project -> money(project.lifecycleCost())).setHeader(getTranslation("portfolio.cost"))
                .setAutoWidth(true);
        grid.addComponentColumn(project -> colour(project.costColour(), project.costVariancePercent() == null ? ""
                : project.costVariancePercent().toPlainString() + " %")).setHeader(getTranslation(
                "portfolio.filter.cost")).setAutoWidth(true);
        grid.addComponentColumn(project -> colour(project.scheduleColour(), project.scheduleVarianceDays() == null
                ? "" : getTranslation("delivery.days", project.scheduleVarianceDays())))
                .setHeader(getTranslation("portfolio.filter.schedule")).setAutoWidth(true);
        grid.addComponentColumn(project -> project.rating() == null ? new Span()
                : VarianceBadges.rating(project.rating(), this)).setHeader(getTranslation("portfolio.filter.rating"))
                .setAutoWidth(true);
        grid.addColumn(project -> project.stale() ? getTranslation("portfolio.stale") : "")
                .setHeader(getTranslation("portfolio.tile.stale")).setAutoWidth(true);
        grid.setItems(query -> portfolio.projects(filter, list, query.getOffset(), query.getLimit()).stream(),
                query -> portfolio.count(filter, list));
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(ProjectView.class,
                new RouteParameters("id", String.valueOf(click.getItem().id())))));
        grid.setHeight("30em");
        Div exports = new Div(download("portfolio.export-xlsx", "portfolio.xlsx",
                out -> portfolio.exportXlsx(filter, getLocale(), out)),
                download("portfolio.export-csv", "portfolio.csv", out -> portfolio.exportCsv(filter, getLocale(), out)));
        exports.addClassName("exports");
        Div section = new Div(new H3(getTranslation("portfolio.projects-behind")), tabs, grid, exports);
        section.addClassName("portfolio-projects");
        section.setWidthFull();
        return section;
    }

    private Span colour(VarianceColour colour, String text) {
        return colour == null ? new Span() : StatusBadge.of(colour, text);
    }

    /** Streams the export as it is written: memory does not grow with the number of projects. */
    private Anchor download(String labelKey, String fileName, Consumer<OutputStream> writer) {
        DownloadHandler handler = event -> {
            event.setFileName(fileName);
            try (OutputStream out = event.getOutputStream()) {
                writer.accept(out);
            }
        };
        Anchor link = new Anchor(handler, getTranslation(labelKey));
        link.addClassName("export-link");
        return link;
    }

    private String share(BigDecimal percent) {
        return percent == null ? "—" : percent.toPlainString() + " %";
    }

    private String money(BigDecimal amount) {
        return Formats.money(amount, properties.currency(), getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portfolio.heading") + " · " + getTranslation("app.name");
    }
}
