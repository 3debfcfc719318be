package org.tablero.approval;

import java.util.Map;
import java.util.Optional;
import org.tablero.project.ProjectStatus;
import org.tablero.project.Tier;

/**
 * Where a review round leads once every authority has given its verdict. The round waits for all three,
 * so that the owner receives every authority's remarks at once:
 * <ul>
 *   <li>an objection rejects an operational project and sends a strategic one to the board;</li>
 *   <li>otherwise a request for changes returns the project to its owner;</li>
 *   <li>otherwise (all endorse) an operational project is approved and a strategic one goes to the board.</li>
 * </ul>
 */
public final class RoundOutcome {

    private RoundOutcome() {}

    /** Empty while a verdict is missing. */
    public static Optional<ProjectStatus> of(Map<ReviewAspect, Verdict> verdicts, Tier tier) {
        if (verdicts.size() < ReviewAspect.values().length) {
            return Optional.empty();
        }
        if (verdicts.containsValue(Verdict.OBJECT)) {
            return Optional.of(tier == Tier.STRATEGIC ? ProjectStatus.BOARD_REVIEW : ProjectStatus.REJECTED);
        }
        if (verdicts.containsValue(Verdict.REQUEST_CHANGES)) {
            return Optional.of(ProjectStatus.RETURNED);
        }
        return Optional.of(tier == Tier.STRATEGIC ? ProjectStatus.BOARD_REVIEW : ProjectStatus.APPROVED);
    }
}
