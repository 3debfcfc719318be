package org.tablero.assessment.risk;

/**
 * How many risks of a project share a category, status and levels: what may be published of risks whose
 * details are withheld (cybersecurity), and what portfolio dashboards aggregate.
 */
public record RiskCount(RiskCategory category, RiskStatus status, RiskLevel level, RiskLevel residualLevel,
        int count) {}
