package org.tablero.approval;

import org.tablero.identity.Role;

/** The three reviews of a round, one per authority (proposal 4b). */
public enum ReviewAspect {
    STANDARDS_AND_RISK(Role.DIGITAL_AUTHORITY),
    VALUE_AND_COST(Role.BUDGET_OFFICE),
    PROCUREMENT_STRATEGY(Role.PROCUREMENT_AUTHORITY);

    private final Role reviewer;

    ReviewAspect(Role reviewer) {
        this.reviewer = reviewer;
    }

    public Role reviewer() {
        return reviewer;
    }
}
