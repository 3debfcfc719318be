package org.tablero.monitoring;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tablero.audit.AuditTrail;
import org.tablero.common.FieldProblem;
import org.tablero.common.InvalidInputException;
import org.tablero.common.Validation;
import org.tablero.identity.CurrentUser;
import org.tablero.project.Project;
import org.tablero.project.ProjectService;
import org.tablero.project.ProjectStatus;

/**
 * The digital authority's monthly risk rating of each project in execution (domain.md, "Monthly risk rating"),
 * 5 low risk … 1 high risk, like a CIO rating. Every rating is kept and published.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class RatingService {

    private static final Set<ProjectStatus> RATED = EnumSet.of(ProjectStatus.IN_EXECUTION, ProjectStatus.ON_HOLD);

    private final ProjectService projects;
    private final RatingRepository ratings;
    private final AuditTrail audit;

    RatingService(ProjectService projects, RatingRepository ratings, AuditTrail audit) {
        this.projects = projects;
        this.ratings = ratings;
        this.audit = audit;
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public List<RiskRating> ratings(long projectId) {
        projects.get(projectId);
        return ratings.ratingsOf(projectId);
    }

    @PreAuthorize("hasRole('DIGITAL_AUTHORITY')")
    @Transactional
    public RiskRating rate(long projectId, int rating, String comment) {
        Project project = projects.get(projectId);
        new Validation().check(rating >= 1 && rating <= 5, "rating", "rating.range")
                .requireText("comment", comment, ReportRules.MAX_TEXT).throwIfInvalid();
        if (projects.isOwnedByCurrentUser(projectId)) {
            throw new AccessDeniedException("nobody rates a project they own");
        }
        if (!RATED.contains(projects.lockForChange(projectId))) {
            throw new InvalidInputException(FieldProblem.of("rating", "rating.not-in-execution"));
        }
        Instant now = Instant.now();
        RiskRating previous = ratings.ratingsOf(projectId).stream().findFirst().orElse(null);
        ratings.insert(projectId, rating, comment.strip(), CurrentUser.get().id(), now);
        audit.record(ProjectService.AUDIT_TYPE, project.id(), "RATING",
                previous == null ? null : Map.of("rating", previous.rating()),
                Map.of("rating", rating, "comment", comment.strip()));
        return ratings.ratingsOf(projectId).getFirst();
    }
}
