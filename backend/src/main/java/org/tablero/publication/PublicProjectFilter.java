package org.tablero.publication;

import org.jspecify.annotations.Nullable;
import org.tablero.monitoring.VarianceColour;
import org.tablero.organisation.OrganisationLevel;
import org.tablero.project.Category;
import org.tablero.project.ProjectStatus;
import org.tablero.project.Tier;

/**
 * Filters of the public project list; null means "any".
 *
 * @param organisationCode an organisation whose whole subtree is listed
 * @param text searched in code, title and (unless withheld) summary, see {@link org.tablero.project.TextSearch}
 * @param stale only stale (true) or only not stale (false) projects
 * @param overBudget only projects whose current projected cost is above (true) or not above (false) the plan
 * @param late only projects whose current projected or actual end is after (true) or not after (false) the plan
 */
public record PublicProjectFilter(
        @Nullable String organisationCode,
        @Nullable OrganisationLevel level,
        @Nullable Category category,
        @Nullable Tier tier,
        @Nullable ProjectStatus status,
        @Nullable String text,
        @Nullable VarianceColour costColour,
        @Nullable VarianceColour scheduleColour,
        @Nullable Integer rating,
        @Nullable Boolean stale,
        @Nullable Boolean overBudget,
        @Nullable Boolean late) {

    /** Without the over-budget and late filters. */
    public PublicProjectFilter(@Nullable String organisationCode, @Nullable OrganisationLevel level,
            @Nullable Category category, @Nullable Tier tier, @Nullable ProjectStatus status, @Nullable String text,
            @Nullable VarianceColour costColour, @Nullable VarianceColour scheduleColour, @Nullable Integer rating,
            @Nullable Boolean stale) {
        this(organisationCode, level, category, tier, status, text, costColour, scheduleColour, rating, stale, null,
                null);
    }

    public static PublicProjectFilter none() {
        return new PublicProjectFilter(null, null, null, null, null, null, null, null, null, null);
    }
}
