package org.tablero.procurement;

import java.time.LocalDate;
import org.tablero.project.Infrastructure;
import org.tablero.project.PolicyArea;
import org.tablero.project.ProjectStatus;

/**
 * A project, with one item of the digital public infrastructure it uses or builds, as the joint-procurement
 * rule sees it.
 *
 * @param method the method of its procurement strategy, null if it has none yet
 * @param jointProcurement its strategy's joint procurement, null if it has no strategy yet
 */
public record JointProcurementCandidate(
        long projectId,
        String code,
        String title,
        long organisationId,
        String organisationName,
        ProjectStatus status,
        PolicyArea policyArea,
        Infrastructure infrastructure,
        LocalDate plannedStart,
        LocalDate plannedEnd,
        ProcurementMethod method,
        JointProcurement jointProcurement) {

    /** Whether the planned periods share at least one day (both ends included). */
    public boolean overlaps(JointProcurementCandidate other) {
        return !plannedStart.isAfter(other.plannedEnd) && !other.plannedStart.isAfter(plannedEnd);
    }
}
