package org.tablero.portfolio;

import org.tablero.monitoring.VarianceColour;
import org.tablero.organisation.OrganisationLevel;
import org.tablero.project.Category;
import org.tablero.project.FundingSource;
import org.tablero.project.ProjectStatus;
import org.tablero.project.Tier;

/**
 * The drill-down of the portfolio view: every part is optional (null, or false for {@code staleOnly}, means
 * "any"), and the parts narrow the portfolio together. A figure of a {@link PortfolioSummary} is drilled into by
 * adding its key to the filter, e.g. {@code withStatus(IN_EXECUTION)}.
 *
 * @param organisationId an organisation whose whole subtree is taken (within the user's own)
 * @param level the level of the organisation that owns a project
 * @param fiscalYear projects with an estimated cost in that fiscal year
 * @param rating the digital authority's latest rating, 1 (high risk) to 5 (low risk)
 * @param staleOnly only projects in execution without a report for longer than the staleness limit
 */
public record PortfolioFilter(Long organisationId, OrganisationLevel level, Category category, Tier tier,
        ProjectStatus status, Integer fiscalYear, FundingSource fundingSource, VarianceColour costColour,
        VarianceColour scheduleColour, Integer rating, boolean staleOnly) {

    public static PortfolioFilter none() {
        return new PortfolioFilter(null, null, null, null, null, null, null, null, null, null, false);
    }

    public PortfolioFilter withOrganisation(Long id) {
        return new PortfolioFilter(id, level, category, tier, status, fiscalYear, fundingSource, costColour,
                scheduleColour, rating, staleOnly);
    }

    public PortfolioFilter withLevel(OrganisationLevel value) {
        return new PortfolioFilter(organisationId, value, category, tier, status, fiscalYear, fundingSource,
                costColour, scheduleColour, rating, staleOnly);
    }

    public PortfolioFilter withCategory(Category value) {
        return new PortfolioFilter(organisationId, level, value, tier, status, fiscalYear, fundingSource, costColour,
                scheduleColour, rating, staleOnly);
    }

    public PortfolioFilter withTier(Tier value) {
        return new PortfolioFilter(organisationId, level, category, value, status, fiscalYear, fundingSource,
                costColour, scheduleColour, rating, staleOnly);
    }

    public PortfolioFilter withStatus(ProjectStatus value) {
        return new PortfolioFilter(organisationId, level, category, tier, value, fiscalYear, fundingSource,
                costColour, scheduleColour, rating, staleOnly);
    }

    public PortfolioFilter withFiscalYear(Integer value) {
        return new PortfolioFilter(organisationId, level, category, tier, status, value, fundingSource, costColour,
                scheduleColour, rating, staleOnly);
    }

    public PortfolioFilter withFundingSource(FundingSource value) {
        return new PortfolioFilter(organisationId, level, category, tier, status, fiscalYear, value, costColour,
                scheduleColour, rating, staleOnly);
    }

    public PortfolioFilter withCostColour(VarianceColour value) {
        return new PortfolioFilter(organisationId, level, category, tier, status, fiscalYear, fundingSource, value,
                scheduleColour, rating, staleOnly);
    }

    public PortfolioFilter withScheduleColour(VarianceColour value) {
        return new PortfolioFilter(organisationId, level, category, tier, status, fiscalYear, fundingSource,
                costColour, value, rating, staleOnly);
    }

    public PortfolioFilter withRating(Integer value) {
        return new PortfolioFilter(organisationId, level, category, tier, status, fiscalYear, fundingSource,
                costColour, scheduleColour, value, staleOnly);
    }

    public PortfolioFilter withStaleOnly(boolean value) {
        return new PortfolioFilter(organisationId, level, category, tier, status, fiscalYear, fundingSource,
                costColour, scheduleColour, rating, value);
    }
}
