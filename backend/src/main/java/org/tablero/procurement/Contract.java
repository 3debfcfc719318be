package org.tablero.procurement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A contract signed for a project.
 *
 * @param value in the deployment's currency, exact, never negative
 * @param ocid the OCDS identifier of the contracting process, e.g. {@code ocds-213czf-000-00001}; null when the
 *     process has none (e.g. in-house work)
 */
public record Contract(
        long id,
        long projectId,
        String supplier,
        BigDecimal value,
        LocalDate startDate,
        LocalDate endDate,
        String ocid,
        int version,
        Instant createdAt,
        Instant updatedAt) {

    public ContractInput toInput() {
        return new ContractInput(supplier, value, startDate, endDate, ocid);
    }
}
