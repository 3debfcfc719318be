package org.tablero.portfolio;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.tablero.common.Labels;
import org.tablero.monitoring.VarianceColour;
import org.tablero.organisation.OrganisationLevel;
import org.tablero.project.Category;
import org.tablero.project.FundingSource;
import org.tablero.project.ProjectStatus;
import org.tablero.project.Tier;

/**
 * The portfolio view's filter and list as the query of its address, e.g.
 * {@code portfolio?level=STATE&cost=RED&list=OVER_BUDGET}, so that every drilled-down view can be shared. An unknown
 * value fails with an IllegalArgumentException; the view then shows the whole portfolio.
 */
final class PortfolioAddress {

    static final String LIST = "list";

    private PortfolioAddress() {
    }

    static PortfolioFilter filterOf(QueryParameters query) {
        Map<String, List<String>> parameters = query.getParameters();
        Function<String, Optional<String>> value = name -> parameters.getOrDefault(name, List.of()).stream()
                .filter(text -> !text.isBlank()).findFirst();
        return new PortfolioFilter(
                value.apply("organisation").map(Long::valueOf).orElse(null),
                value.apply("level").map(OrganisationLevel::valueOf).orElse(null),
                value.apply("category").map(Category::valueOf).orElse(null),
                value.apply("tier").map(Tier::valueOf).orElse(null),
                value.apply("status").map(ProjectStatus::valueOf).orElse(null),
                value.apply("year").map(Integer::valueOf).orElse(null),
                value.apply("funding").map(FundingSource::valueOf).orElse(null),
                value.apply("cost").map(VarianceColour::valueOf).orElse(null),
                value.apply("schedule").map(VarianceColour::valueOf).orElse(null),
                value.apply("rating").map(Integer::valueOf).orElse(null),
                value.apply("stale").map(Boolean::parseBoolean).orElse(false));
    }

    static PortfolioList listOf(QueryParameters query) {
        return query.getParameters().getOrDefault(LIST, List.of()).stream().findFirst().map(PortfolioList::valueOf)
                .orElse(PortfolioList.ALL);
    }

    /** The parameters of a filter and list, in a stable order, leaving out what is not set. */
    static Map<String, String> parametersOf(PortfolioFilter filter, PortfolioList list) {
        Map<String, String> parameters = new LinkedHashMap<>();
        put(parameters, "organisation", filter.organisationId());
        put(parameters, "level", filter.level());
        put(parameters, "category", filter.category());
        put(parameters, "tier", filter.tier());
        put(parameters, "status", filter.status());
        put(parameters, "year", filter.fiscalYear());
        put(parameters, "funding", filter.fundingSource());
        put(parameters, "cost", filter.costColour());
        put(parameters, "schedule", filter.scheduleColour());
        put(parameters, "rating", filter.rating());
        put(parameters, "stale", filter.staleOnly() ? Boolean.TRUE : null);
        put(parameters, LIST, list == PortfolioList.ALL ? null : list);
        return parameters;
    }

    private static void put(Map<String, String> parameters, String name, Object value) {
        if (value != null) {
            parameters.put(name, value instanceof Enum<?> constant ? constant.name() : value.toString());
        }
    }

    static String of(PortfolioFilter filter, PortfolioList list) {
        return address(parametersOf(filter, list));
    }

    /** The same view without one of its filters. */
    static String without(PortfolioFilter filter, PortfolioList list, String name) {
        Map<String, String> parameters = parametersOf(filter, list);
        parameters.remove(name);
        return address(parameters);
    }

    private static String address(Map<String, String> parameters) {
        String query = QueryParameters.simple(parameters).getQueryString();
        return query.isEmpty() ? "portfolio" : "portfolio?" + query;
    }

    /** A filter's value as people read it. */
    static String label(Component where, String name, String value) {
        return switch (name) {
            case "level" -> Labels.of(OrganisationLevel.valueOf(value));
            case "category" -> Labels.of(Category.valueOf(value));
            case "tier" -> Labels.of(Tier.valueOf(value));
            case "status" -> Labels.of(ProjectStatus.valueOf(value));
            case "funding" -> Labels.of(FundingSource.valueOf(value));
            case "cost", "schedule" -> Labels.of(VarianceColour.valueOf(value));
            case "rating" -> where.getTranslation("delivery.rating-option." + value);
            case "stale" -> where.getTranslation("portfolio.stale");
            default -> value;
        };
    }
}
