package org.tablero.publication;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Location;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;
import org.tablero.common.Chart;
import org.tablero.common.Chart.Category;
import org.tablero.common.Chart.Scale;
import org.tablero.common.Chart.Series;
import org.tablero.common.ChartCard;
import org.tablero.common.ChartColours;
import org.tablero.common.Formats;
import org.tablero.common.Labels;
import org.tablero.common.Tiles;
import org.tablero.monitoring.VarianceColour;
import org.tablero.organisation.OrganisationLevel;
import org.tablero.project.ProjectStatus;
import org.tablero.project.Tier;
import org.tablero.publication.PortfolioOverview.Breakdown;

/**
 * The headline tiles and charts of the public portfolio, or of one organisation's subtree: every figure leads to
 * the list of the projects behind it.
 */
class PortfolioDashboard extends Div {

    private static final String NONE = "NONE";

    private final PublicPortfolio portfolio;
    private final PortfolioOverview overview;
    private final @Nullable String scope;
    private final PublicFormats formats;

    PortfolioDashboard(PublicPortfolio portfolio, PortfolioOverview overview, PublicFormats formats) {
        this.portfolio = portfolio;
        this.overview = overview;
        this.scope = overview.organisationCode();
        this.formats = formats;
        addClassName("portfolio-dashboard");
        Paragraph asOf = new Paragraph(getTranslation("public.overview.as-of", formats.date(overview.asOf())));
        asOf.addClassName("as-of");
        add(tiles(), asOf, charts());
    }

    private Component tiles() {
        long inExecution = count(overview.byStatus(), ProjectStatus.IN_EXECUTION.name());
        long withCost = overview.projects() - count(overview.costColours(), NONE);
        long withSchedule = overview.projects() - count(overview.scheduleColours(), NONE);
        long overBudget = total(Map.of(PublicAddresses.OVER_BUDGET, "true"));
        long late = total(Map.of(PublicAddresses.LATE, "true"));
        Div tiles = new Div(
                tile("public.tile.investment", formats.moneyRounded(overview.investment()),
                        getTranslation("public.tile.investment-note"), Map.of()),
                tile("public.tile.projects", formats.count(overview.projects()),
                        getTranslation("public.tile.projects-note"), Map.of()),
                tile("public.tile.in-execution", formats.count(inExecution), null,
                        Map.of(PublicAddresses.STATUS, ProjectStatus.IN_EXECUTION.name())),
                tile("public.tile.over-budget", formats.share(overBudget, withCost),
                        getTranslation("public.tile.of-reporting", overBudget, withCost),
                        Map.of(PublicAddresses.OVER_BUDGET, "true")),
                tile("public.tile.late", formats.share(late, withSchedule),
                        getTranslation("public.tile.of-reporting", late, withSchedule),
                        Map.of(PublicAddresses.LATE, "true")),
                tile("public.tile.stale", formats.count(overview.staleProjects()),
                        getTranslation("public.tile.stale-note", inExecution, formats.staleAfterDays()),
                        Map.of(PublicAddresses.STALE, "true")));
        tiles.addClassName("tiles");
        return tiles;
    }

    /** Counted with the filter of the list the tile leads to, so that the tile and the list always agree. */
    private long total(Map<String, String> filter) {
        Location list = new Location(projects(filter));
        return portfolio.projects(PublicAddresses.filter(list.getQueryParameters()), PublicProjectSort.CODE, true, 0,
                1).total();
    }

    private Anchor tile(String labelKey, String value, @Nullable String note, Map<String, String> filter) {
        Anchor tile = Tiles.link(projects(filter), getTranslation(labelKey), value, note);
        tile.addClassName("tile-" + labelKey.substring(labelKey.lastIndexOf('.') + 1));
        return tile;
    }

    private Component charts() {
        Div charts = new Div();
        charts.addClassName("charts");
        List<Breakdown> organisations = overview.byOrganisation();
        if (scope == null && organisations.size() == 1) {
            // one root (the national government): its children say more than one bar
            organisations = portfolio.overview(organisations.getFirst().key()).byOrganisation();
        }
        if (!organisations.isEmpty()) {
            charts.add(investmentCard(Chart.Type.HORIZONTAL_BAR, "public.chart.by-organisation",
                    "public.column.organisation", organisations, breakdown -> Optional.ofNullable(breakdown.label())
                            .orElse(breakdown.key()), null, PublicAddresses.ORGANISATION));
            charts.getComponentAt(0).addClassName("wide");
        }
        charts.add(investmentCard(Chart.Type.PIE, "public.chart.by-level", "public.column.level",
                ordered(overview.byLevel(), OrganisationLevel.values()),
                breakdown -> Labels.of(OrganisationLevel.valueOf(breakdown.key())), null, PublicAddresses.LEVEL));
        charts.add(investmentCard(Chart.Type.HORIZONTAL_BAR, "public.chart.by-category", "public.column.category",
                ordered(overview.byCategory(), org.tablero.project.Category.values()),
                breakdown -> Labels.of(org.tablero.project.Category.valueOf(breakdown.key())), null,
                PublicAddresses.CATEGORY));
        charts.add(countCard(Chart.Type.HORIZONTAL_BAR, "public.chart.by-status", "public.column.status",
                ordered(overview.byStatus(), ProjectStatus.values()),
                breakdown -> Labels.of(ProjectStatus.valueOf(breakdown.key())),
                breakdown -> ChartColours.of(ProjectStatus.valueOf(breakdown.key())), PublicAddresses.STATUS));
        charts.add(countCard(Chart.Type.PIE, "public.chart.by-tier", "public.column.tier",
                ordered(overview.byTier(), Tier.values()),
                breakdown -> Labels.of(Tier.valueOf(breakdown.key())), null, PublicAddresses.TIER));
        charts.add(colourCard("public.chart.cost-variance", overview.costColours(), PublicAddresses.COST));
        charts.add(colourCard("public.chart.schedule-variance", overview.scheduleColours(), PublicAddresses.SCHEDULE));
        charts.add(countCard(Chart.Type.HORIZONTAL_BAR, "public.chart.ratings", "public.column.rating",
                orderedKeys(overview.ratings(), List.of("1", "2", "3", "4", "5", NONE)),
                breakdown -> getTranslation("public.rating." + breakdown.key()),
                breakdown -> ChartColours.ofRating(NONE.equals(breakdown.key()) ? null
                        : Integer.valueOf(breakdown.key())), PublicAddresses.RATING));
        charts.add(staleCard());
        return charts;
    }

    private ChartCard investmentCard(Chart.Type type, String titleKey, String columnKey, List<Breakdown> breakdowns,
            Function<Breakdown, String> label, @Nullable Function<Breakdown, String> colour, String parameter) {
        Chart chart = new Chart(type, getTranslation(titleKey), categories(breakdowns, label, colour),
                List.of(investment(breakdowns))).currency(formats.currencyCode());
        return new ChartCard(chart, getTranslation(columnKey)).column(projects(breakdowns))
                .links(key -> drill(parameter, key));
    }

    private ChartCard countCard(Chart.Type type, String titleKey, String columnKey, List<Breakdown> breakdowns,
            Function<Breakdown, String> label, @Nullable Function<Breakdown, String> colour, String parameter) {
        Chart chart = new Chart(type, getTranslation(titleKey), categories(breakdowns, label, colour),
                List.of(projects(breakdowns))).currency(formats.currencyCode());
        return new ChartCard(chart, getTranslation(columnKey)).column(investment(breakdowns))
                .links(key -> drill(parameter, key));
    }

    private ChartCard colourCard(String titleKey, List<Breakdown> colours, String parameter) {
        List<String> order = new ArrayList<>(Arrays.stream(VarianceColour.values()).map(Enum::name).toList());
        order.add(NONE);
        return countCard(Chart.Type.HORIZONTAL_BAR, titleKey, "public.column.variance", orderedKeys(colours, order),
                breakdown -> formats.band(this, NONE.equals(breakdown.key()) ? null
                        : VarianceColour.valueOf(breakdown.key())),
                breakdown -> ChartColours.of(NONE.equals(breakdown.key()) ? null
                        : VarianceColour.valueOf(breakdown.key())), parameter);
    }

    /** Projects in execution: reporting on time, or stale (no report for the configured number of days). */
    private ChartCard staleCard() {
        long inExecution = count(overview.byStatus(), ProjectStatus.IN_EXECUTION.name());
        long stale = overview.staleProjects();
        List<Category> categories = List.of(new Category("false", getTranslation("public.stale.false"),
                ChartColours.GREEN), new Category("true", getTranslation("public.stale.true"), ChartColours.RED));
        Chart chart = new Chart(Chart.Type.PIE, getTranslation("public.chart.stale"), categories,
                List.of(new Series(getTranslation("public.column.projects"), List.of(inExecution - stale, stale),
                        number -> formats.count(number.longValue()), Scale.COUNT)));
        return new ChartCard(chart, getTranslation("public.column.reporting"))
                .links(key -> projects(PublicAddresses.scoped(scope, PublicAddresses.STATUS,
                        ProjectStatus.IN_EXECUTION.name(), PublicAddresses.STALE, key)));
    }

    private static List<Category> categories(List<Breakdown> breakdowns, Function<Breakdown, String> label,
            @Nullable Function<Breakdown, String> colour) {
        return breakdowns.stream().map(breakdown -> new Category(breakdown.key(), label.apply(breakdown),
                colour == null ? null : colour.apply(breakdown))).toList();
    }

    private Series investment(List<Breakdown> breakdowns) {
        return new Series(getTranslation("public.column.investment"),
                breakdowns.stream().map(Breakdown::investment).toList(),
                number -> formats.money((BigDecimal) number), Scale.MONEY);
    }

    private Series projects(List<Breakdown> breakdowns) {
        return new Series(getTranslation("public.column.projects"),
                breakdowns.stream().map(Breakdown::projects).toList(), number -> formats.count(number.longValue()),
                Scale.COUNT);
    }

    /** The address of the projects behind a bar; none for "no report yet" or "not rated", which no filter selects. */
    private @Nullable String drill(String parameter, String key) {
        return NONE.equals(key) ? null : projects(PublicAddresses.scoped(scope, parameter, key));
    }

    private String projects(Map<String, String> filter) {
        Map<String, String> parameters = PublicAddresses.scoped(scope);
        parameters.putAll(filter);
        return PublicAddresses.projects(parameters);
    }

    private static long count(List<Breakdown> breakdowns, String key) {
        return breakdowns.stream().filter(breakdown -> breakdown.key().equals(key)).mapToLong(Breakdown::projects)
                .sum();
    }

    /** In the order of the enum (the lifecycle, the levels), not alphabetically. */
    private static List<Breakdown> ordered(List<Breakdown> breakdowns, Enum<?>[] order) {
        return orderedKeys(breakdowns, Arrays.stream(order).map(Enum::name).toList());
    }

    private static List<Breakdown> orderedKeys(List<Breakdown> breakdowns, List<String> order) {
        ToLongFunction<Breakdown> position = breakdown -> order.indexOf(breakdown.key()) < 0 ? order.size()
                : order.indexOf(breakdown.key());
        return breakdowns.stream().sorted(Comparator.comparingLong(position)).toList();
    }
}
