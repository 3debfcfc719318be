package org.tablero.procurement;

import java.time.Instant;

/** A project's procurement strategy: the method, joint procurement, and why. */
public record ProcurementStrategy(
        long projectId,
        ProcurementMethod method,
        JointProcurement jointProcurement,
        String rationale,
        int version,
        Instant updatedAt) {

    public boolean isComplete() {
        return method != null && jointProcurement != null && rationale != null && !rationale.isBlank();
    }
}
