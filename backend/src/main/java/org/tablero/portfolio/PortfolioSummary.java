package org.tablero.portfolio;

import java.util.List;
import org.tablero.monitoring.VarianceColour;
import org.tablero.organisation.OrganisationLevel;
import org.tablero.project.Category;
import org.tablero.project.FundingSource;
import org.tablero.project.ProjectStatus;
import org.tablero.project.Tier;

/**
 * What the budget office sees of the portfolio within a filter: the headline figures, the organisation tree with
 * its figures rolled up (organisations whose subtree has no project of the filter are left out, parents before
 * children), the breakdowns, and the distributions of the current variance colours and ratings. Every breakdown
 * lists only keys with at least one project, in the enum's order (fiscal years and ratings ascending, the null key
 * last).
 */
public record PortfolioSummary(
        PortfolioFilter filter,
        Figures headline,
        List<OrganisationFigures> organisations,
        List<Slice<OrganisationLevel>> byLevel,
        List<Slice<Category>> byCategory,
        List<Slice<Tier>> byTier,
        List<Slice<ProjectStatus>> byStatus,
        List<Slice<Integer>> byFiscalYear,
        List<Slice<FundingSource>> byFundingSource,
        List<Slice<VarianceColour>> costColours,
        List<Slice<VarianceColour>> scheduleColours,
        List<Slice<Integer>> ratings) {}
