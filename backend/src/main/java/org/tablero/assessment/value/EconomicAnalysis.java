package org.tablero.assessment.value;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;

/**
 * The economic analysis of a value proposition: computed from the yearly table and the deployment's discount
 * rate, never typed.
 *
 * <p>Conventions, published with the figures:
 * <ul>
 *   <li><b>Discounting.</b> The first year of the table is t = 0 and is not discounted; year y is divided by
 *       (1 + r)^(y − y₀), y₀ being the first year of the table. A year missing from the table is time that passes
 *       with nothing in it.
 *   <li><b>Arithmetic.</b> Every intermediate value is computed in {@link #MATH} ({@link MathContext#DECIMAL128}:
 *       34 significant digits, rounding half-even). Only the reported figures are rounded, half-up
 *       ({@link #ROUNDING}): present values and NPV to 2 decimals, BCR to 3. NPV is the exact difference of the
 *       present values rounded once, so it may differ by 0.01 from the difference of the rounded present values.
 *   <li><b>BCR</b> = PV benefits / PV costs; undefined (null) when PV costs are zero.
 *   <li><b>Payback year</b>: the first year from which the cumulative <em>discounted</em> net (benefits − costs),
 *       rounded to the cent, is non-negative and stays so to the end of the table; null when it is never reached.
 *       Discounted, so that a project pays back within its table exactly when its NPV is non-negative.
 * </ul>
 */
public final class EconomicAnalysis {

    public static final MathContext MATH = MathContext.DECIMAL128;
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
    public static final int MONEY_SCALE = 2;
    public static final int RATIO_SCALE = 3;

    private EconomicAnalysis() {}

    /** @param years complete rows (year, cost and benefit present), in any order */
    public static EconomicFigures of(List<ValueYear> years, BigDecimal discountRate) {
        List<ValueYear> sorted = years.stream().sorted(Comparator.comparing(ValueYear::year)).toList();
        BigDecimal base = BigDecimal.ONE.add(discountRate, MATH);
        BigDecimal pvCosts = BigDecimal.ZERO;
        BigDecimal pvBenefits = BigDecimal.ZERO;
        Integer paybackYear = null;
        for (ValueYear row : sorted) {
            BigDecimal factor = base.pow(row.year() - sorted.getFirst().year(), MATH);
            pvCosts = pvCosts.add(row.cost().divide(factor, MATH), MATH);
            pvBenefits = pvBenefits.add(row.benefit().divide(factor, MATH), MATH);
            boolean covered = pvBenefits.subtract(pvCosts, MATH).setScale(MONEY_SCALE, ROUNDING).signum() >= 0;
            if (!covered) {
                paybackYear = null;
            } else if (paybackYear == null) {
                paybackYear = row.year();
            }
        }
        BigDecimal bcr = pvCosts.signum() == 0 ? null
                : pvBenefits.divide(pvCosts, MATH).setScale(RATIO_SCALE, ROUNDING);
        return new EconomicFigures(discountRate, money(pvCosts), money(pvBenefits),
                money(pvBenefits.subtract(pvCosts, MATH)), bcr, paybackYear);
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(MONEY_SCALE, ROUNDING);
    }
}
