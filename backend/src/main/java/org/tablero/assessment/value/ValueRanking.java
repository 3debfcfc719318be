package org.tablero.assessment.value;

import java.math.BigDecimal;

/**
 * One row of the portfolio ranked by value score.
 *
 * @param rank 1 for the highest value score; ties keep consecutive ranks in the order NPV descending, then code
 */
public record ValueRanking(
        int rank,
        long projectId,
        String code,
        String title,
        String organisationName,
        BigDecimal valueScore,
        BigDecimal npv,
        BigDecimal bcr) {}
