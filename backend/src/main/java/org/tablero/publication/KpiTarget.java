package org.tablero.publication;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Whether a KPI's latest measurement meets its target: for {@code INCREASE} when it is at least the target, for
 * {@code DECREASE} when it is at most the target; unknown (null) before any measurement or for another direction.
 */
final class KpiTarget {

    private KpiTarget() {}

    static @Nullable Boolean met(String direction, @Nullable BigDecimal latest, BigDecimal target) {
        if (latest == null) {
            return null;
        }
        return switch (direction) {
            case "INCREASE" -> latest.compareTo(target) >= 0;
            case "DECREASE" -> latest.compareTo(target) <= 0;
            default -> null;
        };
    }
}
