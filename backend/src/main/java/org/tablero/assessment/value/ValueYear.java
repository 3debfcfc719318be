package org.tablero.assessment.value;

import java.math.BigDecimal;

/** One row of the economic table: the cost and the quantified benefit of a year, as exact amounts. */
public record ValueYear(Integer year, BigDecimal cost, BigDecimal benefit) {}
