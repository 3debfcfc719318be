package org.tablero.monitoring.results;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A month's user-experience figures as recorded, with the user satisfaction computed from them.
 *
 * @param period the first day of the month measured
 * @param satisfaction satisfied responses as a percent of all responses, two decimals; null without responses
 * @see UxMeasurementInput
 */
public record UxMeasurement(
        long id,
        long projectId,
        LocalDate period,
        int satisfiedResponses,
        int responses,
        BigDecimal satisfaction,
        BigDecimal completionRate,
        BigDecimal digitalTakeUp,
        BigDecimal costPerTransaction,
        Instant recordedAt) {

    static UxMeasurement of(long id, long projectId, LocalDate period, int satisfiedResponses, int responses,
            BigDecimal completionRate, BigDecimal digitalTakeUp, BigDecimal costPerTransaction, Instant recordedAt) {
        return new UxMeasurement(id, projectId, period, satisfiedResponses, responses,
                ResultsRules.satisfaction(satisfiedResponses, responses), completionRate, digitalTakeUp,
                costPerTransaction, recordedAt);
    }
}
