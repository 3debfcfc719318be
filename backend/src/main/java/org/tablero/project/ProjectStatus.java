package org.tablero.project;

/** Lifecycle of an investment (domain.md, "Lifecycle and approval workflow"). */
public enum ProjectStatus {
    DRAFT,
    IN_REVIEW,
    RETURNED,
    BOARD_REVIEW,
    APPROVED,
    REJECTED,
    IN_EXECUTION,
    ON_HOLD,
    COMPLETED,
    CANCELLED;

    /** Only the owner's working states can be edited directly; later changes go through the workflow. */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }
}
