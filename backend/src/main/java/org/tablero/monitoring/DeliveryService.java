package org.tablero.monitoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tablero.project.Project;
import org.tablero.project.ProjectService;

/** One project's delivery at a glance, for its page and for the API. */
@Service
@PreAuthorize("isAuthenticated()")
public class DeliveryService {

    private final ProjectService projects;
    private final BaselineRepository baselines;
    private final ReportRepository reports;
    private final RatingRepository ratings;
    private final MonitoringProperties properties;

    DeliveryService(ProjectService projects, BaselineRepository baselines, ReportRepository reports,
            RatingRepository ratings, MonitoringProperties properties) {
        this.projects = projects;
        this.baselines = baselines;
        this.reports = reports;
        this.ratings = ratings;
        this.properties = properties;
    }

    @Transactional(readOnly = true)
    public DeliveryStatus status(long projectId) {
        Project project = projects.get(projectId);
        List<Baseline> plans = baselines.baselinesOf(projectId);
        Optional<ProgressReport> latest = reports.currentReport(projectId);
        Optional<RiskRating> rating = ratings.ratingsOf(projectId).stream().findFirst();
        LocalDate today = LocalDate.now();
        boolean stale = Staleness.isStale(project.status(), latest.map(ProgressReport::reportDate).orElse(null),
                reports.executionStarted(projectId).orElse(null), today, properties.staleAfterDays());
        boolean ratingStale = rating.map(r -> Staleness.isRatingStale(r.ratedAt(), today,
                properties.ratingStaleAfterDays())).orElse(false);
        return new DeliveryStatus(plans.isEmpty() ? null : plans.getLast(), Math.max(0, plans.size() - 1),
                latest.orElse(null), stale, rating.orElse(null), ratingStale);
    }
}
