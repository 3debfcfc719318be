package org.tablero.assessment.risk;

/** Where a risk stands. A closed risk no longer applies: it stays in the register but counts for no rule. */
public enum RiskStatus {
    OPEN,
    MITIGATED,
    CLOSED
}
