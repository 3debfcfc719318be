package org.tablero.identity;

/** The roles of domain.md; a user may hold several. */
public enum Role {
    AGENCY_OFFICER,
    DIGITAL_AUTHORITY,
    BUDGET_OFFICE,
    PROCUREMENT_AUTHORITY,
    STRATEGIC_BOARD,
    ADMIN;

    /** The authority name Spring Security checks with {@code hasRole(...)}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
