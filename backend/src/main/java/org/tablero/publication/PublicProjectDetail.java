package org.tablero.publication;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tablero.project.Infrastructure;
import org.tablero.project.YearlyCost;

/**
 * Everything public about one project, for its public page. Lists are oldest first.
 *
 * @param withheldRiskCounts how many risks have their details withheld, by residual level
 * @param withheld every value withheld on this page, with its ground
 */
public record PublicProjectDetail(
        PublicProject project,
        List<Infrastructure> infrastructure,
        List<YearlyCost> costs,
        @Nullable PublicTransparency transparency,
        List<PublicBaseline> baselines,
        List<PublicChangeRequest> changeRequests,
        List<PublicMilestone> milestones,
        List<PublicProgressReport> progressReports,
        List<PublicRating> ratings,
        List<PublicStandardOutcome> standards,
        @Nullable PublicValueScore value,
        List<PublicRisk> risks,
        List<WithheldRiskCount> withheldRiskCounts,
        List<PublicDecision> decisions,
        List<PublicLifecycleStep> lifecycle,
        List<PublicKpi> kpis,
        List<PublicKpiMeasurement> kpiMeasurements,
        List<PublicUxMeasure> uxMeasures,
        @Nullable PublicProcurement procurement,
        List<PublicContract> contracts,
        @Nullable PublicClosure closure,
        List<WithheldField> withheld) {}
