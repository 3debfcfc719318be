package org.tablero.procurement;

import java.time.LocalDate;
import java.util.List;
import org.tablero.project.Infrastructure;
import org.tablero.project.PolicyArea;

/**
 * Projects of at least two organisations that build the same kind of solution (the same policy area and the
 * same item of digital public infrastructure) in overlapping periods, and could buy it together.
 *
 * @param from the earliest planned start of the projects
 * @param to the latest planned end of the projects
 * @param projects ordered by planned start, then code
 */
public record JointProcurementOpportunity(
        PolicyArea policyArea,
        Infrastructure infrastructure,
        LocalDate from,
        LocalDate to,
        List<JointProcurementCandidate> projects) {

    public JointProcurementOpportunity {
        projects = List.copyOf(projects);
    }

    public long organisationCount() {
        return projects.stream().mapToLong(JointProcurementCandidate::organisationId).distinct().count();
    }
}
