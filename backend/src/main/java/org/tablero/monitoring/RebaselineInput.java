package org.tablero.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A proposed new baseline cost and end date, and why. */
public record RebaselineInput(BigDecimal cost, LocalDate end, String reason) {
}
