package org.tablero.procurement;

/** How a project buys what it needs (domain.md, "Procurement"; OECD proposal 5). */
public enum ProcurementMethod {
    OPEN_TENDER,
    RESTRICTED_TENDER,
    DIRECT_AWARD,
    FRAMEWORK_AGREEMENT,
    JOINT_PROCUREMENT,
    DYNAMIC_PURCHASING_SYSTEM,
    COMPETITIVE_DIALOGUE,
    DESIGN_CONTEST,
    INNOVATION_PARTNERSHIP,
    /** Challenge-based procurement (GovTech). */
    CHALLENGE_BASED,
    IN_HOUSE,
    REUSE_OF_EXISTING_SOLUTION
}
