package org.tablero.assessment.risk;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * A 5 × 5 risk heat map as data: how many risks lie in each likelihood × impact cell. Every one of the 25
 * cells is present, ordered by likelihood and then impact, both from 1 to 5.
 */
public record HeatMap(List<Cell> cells) {

    public record Cell(int likelihood, int impact, int count) {

        public int score() {
            return RiskLevel.score(likelihood, impact);
        }

        public RiskLevel level() {
            return RiskLevel.ofScore(score());
        }
    }

    public HeatMap {
        cells = List.copyOf(cells);
    }

    public static HeatMap of(Collection<Risk> risks, ToIntFunction<Risk> likelihood, ToIntFunction<Risk> impact) {
        int[][] counts = new int[RiskLevel.MAX_VALUE + 1][RiskLevel.MAX_VALUE + 1];
        for (Risk risk : risks) {
            counts[likelihood.applyAsInt(risk)][impact.applyAsInt(risk)]++;
        }
        List<Cell> cells = new ArrayList<>();
        for (int l = RiskLevel.MIN_VALUE; l <= RiskLevel.MAX_VALUE; l++) {
            for (int i = RiskLevel.MIN_VALUE; i <= RiskLevel.MAX_VALUE; i++) {
                cells.add(new Cell(l, i, counts[l][i]));
            }
        }
        return new HeatMap(cells);
    }

    /** The count of one cell. */
    public int count(int likelihood, int impact) {
        RiskLevel.score(likelihood, impact);
        return cells.get((likelihood - 1) * RiskLevel.MAX_VALUE + impact - 1).count();
    }

    public int total() {
        return cells.stream().mapToInt(Cell::count).sum();
    }
}
