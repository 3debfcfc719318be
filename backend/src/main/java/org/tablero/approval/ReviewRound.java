package org.tablero.approval;

import java.time.Instant;
import java.util.List;
import org.tablero.project.ProjectStatus;
import org.tablero.project.Tier;

/**
 * A review round: opened by a submission, closed when every authority has given its verdict. Rounds and
 * their verdicts stay readable forever.
 *
 * @param outcome the status the round led to; null while it is open
 * @param assessments the assessments as the round judged them, as submitted (JSON); null for rounds opened
 *     before rounds recorded them
 */
public record ReviewRound(long id, int number, Tier tier, Instant openedAt, Instant closedAt, ProjectStatus outcome,
        List<Review> reviews, String assessments) {

    public ReviewRound {
        reviews = List.copyOf(reviews);
    }

    public boolean isOpen() {
        return closedAt == null;
    }
}
