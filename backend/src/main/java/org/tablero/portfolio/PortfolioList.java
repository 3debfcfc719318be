package org.tablero.portfolio;

/**
 * The project lists of the portfolio view, each within a {@link PortfolioFilter}, and the order each is shown in.
 * The rules are those of {@link Figures}.
 */
public enum PortfolioList {
    /** Every project of the filter, the largest lifecycle cost first: the projects behind a figure. */
    ALL,
    /** In execution or on hold with a rating of 2 or less or a red cost or schedule colour; lowest rating first. */
    AT_RISK,
    /** In execution without a report within the staleness limit; the longest silent first. */
    STALE,
    /** Projected (or actual) cost above the baseline by the yellow threshold or more; the worst first. */
    OVER_BUDGET,
    /** Projected (or actual) end after the baseline end by the yellow threshold or more; the latest first. */
    LATE
}
