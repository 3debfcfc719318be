package org.tablero.publication;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The public portfolio, or one organisation's subtree of it, in figures.
 *
 * @param organisationCode the organisation whose subtree this is; null for the whole portfolio
 * @param byOrganisation the organisations one level down (each with its subtree rolled up), and the
 *     organisation itself for the projects it owns directly
 * @param costColours projects by the colour of their current cost variance ({@code NONE} before a report)
 * @param ratings projects by their current rating ({@code NONE} before a rating)
 * @param staleProjects projects in execution without a report for the configured number of days
 */
public record PortfolioOverview(
        @Nullable String organisationCode,
        long projects,
        BigDecimal investment,
        List<Breakdown> byOrganisation,
        List<Breakdown> byLevel,
        List<Breakdown> byCategory,
        List<Breakdown> byTier,
        List<Breakdown> byStatus,
        List<Breakdown> costColours,
        List<Breakdown> scheduleColours,
        List<Breakdown> ratings,
        long staleProjects,
        LocalDate asOf) {

    /** One bar of a chart: a key (an enum name, a rating, an organisation code), its projects and investment. */
    public record Breakdown(String key, @Nullable String label, long projects, BigDecimal investment) {}
}
