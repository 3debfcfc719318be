package org.tablero.publication;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A contract signed for a project.
 *
 * @param ocid the OCDS identifier of the contracting process, when there is one
 */
public record PublicContract(long id, String projectCode, Disclosed<String> supplier, Disclosed<BigDecimal> value,
        LocalDate startDate, LocalDate endDate, @Nullable String ocid) {}
