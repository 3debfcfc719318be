package org.tablero.assessment.risk;

/**
 * The level of a score (likelihood × impact, each 1–5): 1–4 LOW, 5–9 MEDIUM, 10–14 HIGH, 15–25 CRITICAL.
 * Declared from the lowest to the highest, so that levels compare by their order.
 */
public enum RiskLevel {
    LOW(1, 4),
    MEDIUM(5, 9),
    HIGH(10, 14),
    CRITICAL(15, 25);

    public static final int MIN_VALUE = 1;
    public static final int MAX_VALUE = 5;

    private final int lowestScore;
    private final int highestScore;

    RiskLevel(int lowestScore, int highestScore) {
        this.lowestScore = lowestScore;
        this.highestScore = highestScore;
    }

    public int lowestScore() {
        return lowestScore;
    }

    public int highestScore() {
        return highestScore;
    }

    /** @throws IllegalArgumentException for a score outside 1–25 */
    public static RiskLevel ofScore(int score) {
        for (RiskLevel level : values()) {
            if (score >= level.lowestScore && score <= level.highestScore) {
                return level;
            }
        }
        throw new IllegalArgumentException("A risk score lies between 1 and 25, not " + score);
    }

    /** @throws IllegalArgumentException for a likelihood or impact outside 1–5 */
    public static int score(int likelihood, int impact) {
        if (!isOnScale(likelihood) || !isOnScale(impact)) {
            throw new IllegalArgumentException("Likelihood and impact lie between 1 and 5, not " + likelihood + " and "
                    + impact);
        }
        return likelihood * impact;
    }

    public static RiskLevel of(int likelihood, int impact) {
        return ofScore(score(likelihood, impact));
    }

    public static boolean isOnScale(Integer value) {
        return value != null && value >= MIN_VALUE && value <= MAX_VALUE;
    }

    public boolean isAtLeast(RiskLevel other) {
        return compareTo(other) >= 0;
    }
}
