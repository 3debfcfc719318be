package org.tablero.portfolio.generator;

import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
import org.tablero.monitoring.Confidence;
import org.tablero.monitoring.VarianceColour;
import org.tablero.organisation.OrganisationLevel;
import org.tablero.project.Category;
import org.tablero.project.DeliveryApproach;
import org.tablero.project.FundingSource;
import org.tablero.project.Infrastructure;
import org.tablero.project.ProjectStatus;

/** The shares of a plausible national portfolio that the generator draws from. */
final class Shares {

    private Shares() {}

    /** Most of a mature portfolio is in execution or done; the pipeline and the failures are smaller. */
    static ProjectStatus status(Random random) {
        return choose(random, ProjectStatus.values(),
                // DRAFT, IN_REVIEW, RETURNED, BOARD_REVIEW, APPROVED, REJECTED, IN_EXECUTION, ON_HOLD, COMPLETED,
                // CANCELLED
                8, 5, 2, 1, 4, 3, 40, 4, 28, 5);
    }

    static Category category(Random random) {
        return choose(random, Category.values(), 45, 30, 25);
    }

    static DeliveryApproach approach(Random random) {
        return choose(random, DeliveryApproach.values(), 35, 20, 30, 15);
    }

    static FundingSource funding(OrganisationLevel level, Random random) {
        // NATIONAL_BUDGET, SUBNATIONAL_BUDGET, OWN_REVENUE, MULTILATERAL_LOAN, INTERNATIONAL_GRANT, PPP
        return switch (level) {
            case CENTRAL -> choose(random, FundingSource.values(), 75, 0, 0, 12, 6, 7);
            case STATE -> choose(random, FundingSource.values(), 15, 60, 15, 8, 1, 1);
            case MUNICIPAL -> choose(random, FundingSource.values(), 15, 35, 45, 0, 5, 0);
        };
    }

    static Set<Infrastructure> infrastructure(Random random) {
        Set<Infrastructure> used = EnumSet.noneOf(Infrastructure.class);
        int count = random.nextInt(4);
        for (int i = 0; i < count; i++) {
            used.add(Infrastructure.values()[random.nextInt(Infrastructure.values().length)]);
        }
        return used;
    }

    /** The final cost overrun as a fraction of the plan: most near plan, a long tail of overruns. */
    static double overrun(Random random) {
        double draw = random.nextDouble();
        if (draw < 0.60) {
            return random.nextGaussian() * 0.03;
        }
        if (draw < 0.80) {
            return 0.05 + random.nextDouble() * 0.15;
        }
        if (draw < 0.90) {
            return 0.20 + random.nextDouble() * 0.30;
        }
        if (draw < 0.95) {
            return -0.05 - random.nextDouble() * 0.12;
        }
        return 0.50 + random.nextDouble() * 0.60;
    }

    /** How much longer than planned a project takes, as a fraction of its plan: a quarter months late. */
    static double slip(Random random) {
        double draw = random.nextDouble();
        if (draw < 0.62) {
            return random.nextDouble() * 0.06;
        }
        if (draw < 0.85) {
            return 0.08 + random.nextDouble() * 0.2;
        }
        if (draw < 0.92) {
            return -random.nextDouble() * 0.05;
        }
        return 0.3 + random.nextDouble() * 0.5;
    }

    static Confidence confidence(VarianceColour worst, Random random) {
        return switch (worst) {
            case GREEN -> random.nextDouble() < 0.6 ? Confidence.HIGH : Confidence.MEDIUM_HIGH;
            case YELLOW -> random.nextDouble() < 0.6 ? Confidence.MEDIUM : Confidence.MEDIUM_HIGH;
            case RED -> random.nextDouble() < 0.5 ? Confidence.LOW : Confidence.MEDIUM_LOW;
        };
    }

    /** The digital authority's 1 (high risk) to 5 (low risk), mostly following the variance colours. */
    static int rating(VarianceColour worst, Random random) {
        int base = switch (worst) {
            case GREEN -> 4;
            case YELLOW -> 3;
            case RED -> 2;
        };
        double draw = random.nextDouble();
        int rating = draw < 0.2 ? base - 1 : draw < 0.45 ? base + 1 : base;
        return Math.max(1, Math.min(5, rating));
    }

    private static <T> T choose(Random random, T[] values, int... weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int draw = random.nextInt(total);
        for (int i = 0; i < values.length; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return values[i];
            }
        }
        throw new IllegalArgumentException("weights do not match the values");
    }
}
