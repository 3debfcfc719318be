package org.tablero.portfolio.generator;

import java.time.LocalDate;

/**
 * What the portfolio generator makes.
 *
 * @param organisations new organisations below the parent (the national defaults: 5,000)
 * @param projects new projects (100,000)
 * @param reports monthly progress reports, shared out over the projects in execution, on hold and completed
 *     (2,000,000)
 * @param append whether to add to a database that already holds projects; without it such a database is refused
 * @param parentCode code of the organisation the generated tree hangs from; null takes the first root, which a
 *     database without any organisation gets first
 * @param password password of the accounts made for a new database (admin, budget, budget.state, authority)
 * @param seed the same seed on an empty database gives the same portfolio
 * @param today the day the portfolio is generated as of: reports and staleness are relative to it
 */
public record GeneratorSettings(int organisations, int projects, int reports, boolean append, String parentCode,
        String password, long seed, LocalDate today) {

    public GeneratorSettings {
        if (organisations < 1 || projects < 0 || reports < 0) {
            throw new IllegalArgumentException("Give at least one organisation and no negative counts");
        }
        if (password == null || password.length() < 12) {
            throw new IllegalArgumentException("The accounts' password needs at least 12 characters");
        }
    }
}
