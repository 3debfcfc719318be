package org.tablero.project;

import static org.tablero.db.Tables.COST_YEAR_CUBE;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * Keeps {@code cost_year_cube} (V19) the sum of the yearly costs, by the year a project has a cost in, the year of
 * the cost, and the project's category, tier and funding source, in the transaction that changes any of them.
 */
@Repository
class CostYearCube {

    /** A project as the cube counts it: its classification and its yearly costs. */
    record Entry(String category, String tier, String fundingSource, List<YearlyCost> costs) {}

    private record Key(int activeYear, int fiscalYear, String category, String tier, String fundingSource) {}

    /** The order keys are changed in, the primary key's: two projects saved at once lock rows in the same order. */
    private static final Comparator<Key> KEY_ORDER = Comparator.comparingInt(Key::activeYear)
            .thenComparingInt(Key::fiscalYear).thenComparing(Key::category).thenComparing(Key::tier)
            .thenComparing(Key::fundingSource);

    /** A change of one cell: projects with a cost that year, and their costs. */
    private record Change(int projects, BigDecimal capital, BigDecimal operating) {

        static Change of(YearlyCost cost, int sign) {
            return new Change(sign, cost.capital().multiply(BigDecimal.valueOf(sign)),
                    cost.operating().multiply(BigDecimal.valueOf(sign)));
        }

        Change plus(Change other) {
            return new Change(projects + other.projects, capital.add(other.capital), operating.add(other.operating));
        }

        boolean isNone() {
            return projects == 0 && capital.signum() == 0 && operating.signum() == 0;
        }
    }

    private final DSLContext db;

    CostYearCube(DSLContext db) {
        this.db = db;
    }

    /** Counts a project as {@code after} instead of {@code before} (null for a new project). */
    void replace(@Nullable Entry before, Entry after) {
        Map<Key, Change> changes = new TreeMap<>(KEY_ORDER);
        if (before != null) {
            add(changes, before, -1);
        }
        add(changes, after, 1);
        changes.forEach((key, change) -> {
            if (!change.isNone()) {
                db.insertInto(COST_YEAR_CUBE)
                        .set(COST_YEAR_CUBE.ACTIVE_YEAR, key.activeYear())
                        .set(COST_YEAR_CUBE.FISCAL_YEAR, key.fiscalYear())
                        .set(COST_YEAR_CUBE.CATEGORY, key.category())
                        .set(COST_YEAR_CUBE.TIER, key.tier())
                        .set(COST_YEAR_CUBE.FUNDING_SOURCE, key.fundingSource())
                        .set(COST_YEAR_CUBE.PROJECTS, change.projects())
                        .set(COST_YEAR_CUBE.CAPITAL_COST, change.capital())
                        .set(COST_YEAR_CUBE.OPERATING_COST, change.operating())
                        .onDuplicateKeyUpdate()
                        .set(COST_YEAR_CUBE.PROJECTS, COST_YEAR_CUBE.PROJECTS.plus(change.projects()))
                        .set(COST_YEAR_CUBE.CAPITAL_COST, COST_YEAR_CUBE.CAPITAL_COST.plus(change.capital()))
                        .set(COST_YEAR_CUBE.OPERATING_COST, COST_YEAR_CUBE.OPERATING_COST.plus(change.operating()))
                        .execute();
            }
        });
    }

    /** Each year the project has a cost in, with each of its yearly costs. */
    private static void add(Map<Key, Change> changes, Entry entry, int sign) {
        for (YearlyCost active : entry.costs()) {
            for (YearlyCost cost : entry.costs()) {
                changes.merge(new Key(active.fiscalYear(), cost.fiscalYear(), entry.category(), entry.tier(),
                        entry.fundingSource()), Change.of(cost, sign), Change::plus);
            }
        }
    }
}
