package org.tablero.project;

import java.util.Collection;

/**
 * The fiscal years in which a project has an estimated cost, as bits of one number kept on the project row
 * ({@code project.cost_years}, bit {@code year - 2000}): "the projects with a cost in 2026" is then a test of each
 * project row in an index, where a semi-join with the yearly costs read ~70,000 of their rows (docs/performance.md).
 * The years 2000-2062 fit; a year outside them is found through the yearly costs themselves.
 */
public final class CostYears {

    private static final int FIRST = 2000;
    /** 63 bits, so that the number stays positive in a signed BIGINT. */
    private static final int LAST = FIRST + 62;

    private CostYears() {}

    public static boolean representable(int fiscalYear) {
        return fiscalYear >= FIRST && fiscalYear <= LAST;
    }

    /** The bit of a representable year. */
    public static long bit(int fiscalYear) {
        if (!representable(fiscalYear)) {
            throw new IllegalArgumentException("fiscal year " + fiscalYear + " is not between " + FIRST + " and " + LAST);
        }
        return 1L << (fiscalYear - FIRST);
    }

    /** The bits of the representable years among the costs. */
    public static long of(Collection<YearlyCost> costs) {
        long bits = 0;
        for (YearlyCost cost : costs) {
            if (cost.fiscalYear() != null && representable(cost.fiscalYear())) {
                bits |= bit(cost.fiscalYear());
            }
        }
        return bits;
    }
}
