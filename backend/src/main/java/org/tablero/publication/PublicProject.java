package org.tablero.publication;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.tablero.monitoring.VarianceColour;
import org.tablero.organisation.OrganisationLevel;
import org.tablero.project.Category;
import org.tablero.project.DeliveryApproach;
import org.tablero.project.FundingSource;
import org.tablero.project.PolicyArea;
import org.tablero.project.ProjectStatus;
import org.tablero.project.Tier;

/**
 * A public project (one submitted at least once) with its current figures: the latest baseline, the variance of
 * the latest submitted report and the latest rating.
 *
 * @param code the stable public code, e.g. {@code MIN-SALUD-2026-014}
 * @param summary what the project is for; may be withheld
 * @param baselineCost the cost of the current baseline, null before approval
 * @param rebaselines how many times the baseline was changed after approval
 * @param stale in execution and no progress report for the configured number of days (45)
 * @param ratingStale the latest rating is older than the configured number of days (60)
 */
public record PublicProject(
        String code,
        String title,
        Disclosed<String> summary,
        String organisationCode,
        String organisationName,
        OrganisationLevel level,
        Category category,
        PolicyArea policyArea,
        DeliveryApproach deliveryApproach,
        @Nullable Integer iterationWeeks,
        boolean usesAi,
        boolean aiDecidesAboutPeople,
        FundingSource fundingSource,
        Tier tier,
        ProjectStatus status,
        BigDecimal lifecycleCost,
        LocalDate plannedStart,
        LocalDate plannedEnd,
        @Nullable BigDecimal baselineCost,
        @Nullable LocalDate baselineEnd,
        int rebaselines,
        @Nullable LocalDate executionStarted,
        @Nullable LocalDate lastReportDate,
        @Nullable BigDecimal costVariancePct,
        @Nullable VarianceColour costColour,
        @Nullable Integer scheduleVarianceDays,
        @Nullable VarianceColour scheduleColour,
        @Nullable Integer rating,
        @Nullable Instant ratedAt,
        boolean stale,
        boolean ratingStale,
        Instant updatedAt) {}
