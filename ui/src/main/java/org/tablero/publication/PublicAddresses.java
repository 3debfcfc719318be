package org.tablero.publication;

import com.vaadin.flow.router.QueryParameters;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.tablero.monitoring.VarianceColour;
import org.tablero.organisation.OrganisationLevel;
import org.tablero.project.Category;
import org.tablero.project.ProjectStatus;
import org.tablero.project.Tier;

/**
 * The addresses of the public pages, and the project list's filters as query parameters, so that every filtered
 * list and every figure's drill-down has an address that can be shared. An unknown value in a shared address is
 * ignored rather than failing the page.
 */
final class PublicAddresses {

    static final String PROJECTS = "public/projects";
    static final String ORGANISATIONS = "public/organisations";
    static final String API = "api/public/v1";

    static final String ORGANISATION = "organisation";
    static final String LEVEL = "level";
    static final String CATEGORY = "category";
    static final String TIER = "tier";
    static final String STATUS = "status";
    static final String TEXT = "q";
    static final String COST = "costColour";
    static final String SCHEDULE = "scheduleColour";
    static final String RATING = "rating";
    static final String STALE = "stale";
    static final String OVER_BUDGET = "overBudget";
    static final String LATE = "late";
    static final String SORT = "sort";
    static final String DIRECTION = "order";

    private PublicAddresses() {}

    static String project(String code) {
        return PROJECTS + "/" + encode(code);
    }

    static String organisation(String code) {
        return ORGANISATIONS + "/" + encode(code);
    }

    /** The project list filtered by the parameters, e.g. {@code status=IN_EXECUTION}. */
    static String projects(Map<String, String> parameters) {
        if (parameters.isEmpty()) {
            return PROJECTS;
        }
        return PROJECTS + "?" + parameters.entrySet().stream()
                .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
    }

    /** The parameters of a list scoped to an organisation's subtree (none for the whole portfolio) plus one more. */
    static Map<String, String> scoped(@Nullable String organisationCode, String... nameValuePairs) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (organisationCode != null) {
            parameters.put(ORGANISATION, organisationCode);
        }
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            parameters.put(nameValuePairs[i], nameValuePairs[i + 1]);
        }
        return parameters;
    }

    static PublicProjectFilter filter(QueryParameters query) {
        Map<String, List<String>> parameters = query.getParameters();
        return new PublicProjectFilter(first(parameters, ORGANISATION).orElse(null),
                first(parameters, LEVEL).flatMap(value -> enumOf(OrganisationLevel.class, value)).orElse(null),
                first(parameters, CATEGORY).flatMap(value -> enumOf(Category.class, value)).orElse(null),
                first(parameters, TIER).flatMap(value -> enumOf(Tier.class, value)).orElse(null),
                first(parameters, STATUS).flatMap(value -> enumOf(ProjectStatus.class, value)).orElse(null),
                first(parameters, TEXT).filter(text -> !text.isBlank()).orElse(null),
                first(parameters, COST).flatMap(value -> enumOf(VarianceColour.class, value)).orElse(null),
                first(parameters, SCHEDULE).flatMap(value -> enumOf(VarianceColour.class, value)).orElse(null),
                first(parameters, RATING).flatMap(PublicAddresses::rating).orElse(null),
                first(parameters, STALE).flatMap(PublicAddresses::bool).orElse(null),
                first(parameters, OVER_BUDGET).flatMap(PublicAddresses::bool).orElse(null),
                first(parameters, LATE).flatMap(PublicAddresses::bool).orElse(null));
    }

    static Map<String, String> parameters(PublicProjectFilter filter) {
        Map<String, String> parameters = new LinkedHashMap<>();
        put(parameters, TEXT, filter.text());
        put(parameters, ORGANISATION, filter.organisationCode());
        put(parameters, LEVEL, filter.level());
        put(parameters, CATEGORY, filter.category());
        put(parameters, TIER, filter.tier());
        put(parameters, STATUS, filter.status());
        put(parameters, COST, filter.costColour());
        put(parameters, SCHEDULE, filter.scheduleColour());
        put(parameters, RATING, filter.rating());
        put(parameters, STALE, filter.stale());
        put(parameters, OVER_BUDGET, filter.overBudget());
        put(parameters, LATE, filter.late());
        return parameters;
    }

    static Optional<PublicProjectSort> sort(QueryParameters query) {
        return first(query.getParameters(), SORT).flatMap(field -> Arrays.stream(PublicProjectSort.values())
                .filter(sort -> sort.field().equals(field)).findFirst());
    }

    /** Ascending unless the address says {@code order=desc}, as the public API sorts. */
    static boolean ascending(QueryParameters query) {
        return first(query.getParameters(), DIRECTION).map(direction -> !direction.equals("desc")).orElse(true);
    }

    private static void put(Map<String, String> parameters, String name, @Nullable Object value) {
        if (value instanceof Enum<?> constant) {
            parameters.put(name, constant.name());
        } else if (value != null && !value.toString().isBlank()) {
            parameters.put(name, value.toString());
        }
    }

    private static Optional<String> first(Map<String, List<String>> parameters, String name) {
        return parameters.getOrDefault(name, List.of()).stream().findFirst();
    }

    private static <T extends Enum<T>> Optional<T> enumOf(Class<T> type, String value) {
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(value)).findFirst();
    }

    private static Optional<Integer> rating(String value) {
        return value.matches("[1-5]") ? Optional.of(Integer.parseInt(value)) : Optional.empty();
    }

    private static Optional<Boolean> bool(String value) {
        return switch (value) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
