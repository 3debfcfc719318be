package org.tablero.project;

import java.math.BigDecimal;

/** Estimated cost of one fiscal year, split into capital and operating cost. */
public record YearlyCost(Integer fiscalYear, BigDecimal capital, BigDecimal operating) {

    public BigDecimal total() {
        return capital.add(operating);
    }
}
