package org.tablero.publication;

import org.tablero.assessment.risk.RiskLevel;

/** How many of a project's risks have their details withheld, by residual level. */
public record WithheldRiskCount(WithholdingReason reason, RiskLevel residualLevel, int count) {}
