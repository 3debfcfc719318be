package org.tablero.monitoring.results;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A month's user-experience figures of a project's service (OECD proposal 6c, one methodology for every service);
 * validated by {@link ResultsRules#validate(UxMeasurementInput, LocalDate)}.
 *
 * @param period the first day of the month measured
 * @param satisfiedResponses the responses that answered 4 or 5 on the 5-point satisfaction scale
 * @param responses all responses of the satisfaction survey
 * @param completionRate percent 0–100 of the transactions started that were completed; null if not measured
 * @param digitalTakeUp percent 0–100 of the transactions done through the digital channel; null if not measured
 * @param costPerTransaction in the deployment's currency; null if not measured
 */
public record UxMeasurementInput(LocalDate period, Integer satisfiedResponses, Integer responses,
        BigDecimal completionRate, BigDecimal digitalTakeUp, BigDecimal costPerTransaction) {}
