package org.tablero.assessment.risk;

import java.time.Instant;

/**
 * One entry of a project's risk register. The scores and levels are computed from likelihood and impact.
 *
 * @param owner the person or role responsible for the risk (free text); may be empty
 * @param mitigation what is done about it; may be empty
 */
public record Risk(
        long id,
        long projectId,
        RiskCategory category,
        String description,
        int likelihood,
        int impact,
        String mitigation,
        int residualLikelihood,
        int residualImpact,
        String owner,
        RiskStatus status,
        int version,
        Instant createdAt,
        Instant updatedAt) {

    public int score() {
        return RiskLevel.score(likelihood, impact);
    }

    public RiskLevel level() {
        return RiskLevel.ofScore(score());
    }

    public int residualScore() {
        return RiskLevel.score(residualLikelihood, residualImpact);
    }

    public RiskLevel residualLevel() {
        return RiskLevel.ofScore(residualScore());
    }

    /** Whether the risk still applies, i.e. is not closed: only those count for the rules. */
    public boolean isActive() {
        return status != RiskStatus.CLOSED;
    }

    public boolean hasMitigation() {
        return mitigation != null && !mitigation.isBlank();
    }

    public boolean hasOwner() {
        return owner != null && !owner.isBlank();
    }

    public RiskInput toInput() {
        return new RiskInput(category, description, likelihood, impact, mitigation, residualLikelihood,
                residualImpact, owner, status);
    }
}
