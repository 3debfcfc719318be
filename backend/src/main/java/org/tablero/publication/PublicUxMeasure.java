package org.tablero.publication;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The user-experience measures of one period (proposal 6c), one methodology for every service.
 *
 * @param satisfactionPct satisfied responses as a percent of all responses (two decimals); null without responses
 */
public record PublicUxMeasure(
        long id,
        String projectCode,
        LocalDate period,
        int satisfiedResponses,
        int responses,
        @Nullable BigDecimal satisfactionPct,
        @Nullable BigDecimal completionRate,
        @Nullable BigDecimal digitalTakeUp,
        @Nullable BigDecimal costPerTransaction) {}
