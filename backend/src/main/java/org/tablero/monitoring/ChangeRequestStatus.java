package org.tablero.monitoring;

/** A rebaseline beyond the tolerance waits for its review round, which approves or rejects it. */
public enum ChangeRequestStatus {
    OPEN,
    APPROVED,
    REJECTED
}
