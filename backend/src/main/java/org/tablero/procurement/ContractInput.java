package org.tablero.procurement;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What an owner types to add or change a contract; validated by {@link ProcurementRules#validate(ContractInput)}. */
public record ContractInput(String supplier, BigDecimal value, LocalDate startDate, LocalDate endDate,
        String ocid) {}
