package org.tablero.common;

import org.jspecify.annotations.Nullable;
import org.tablero.monitoring.VarianceColour;
import org.tablero.project.ProjectStatus;

/**
 * The status colours of the badges (tablero.css) as chart fills: the same meaning everywhere, each dark enough on
 * white for a graphical object (WCAG 2.2 AA, at least 3:1), and always next to words.
 */
public final class ChartColours {

    public static final String GREEN = "#1b6e3a";
    public static final String YELLOW = "#a67c00";
    public static final String ORANGE = "#b24f00";
    public static final String LIGHT_GREEN = "#4d7c0f";
    public static final String RED = "#a3172b";
    public static final String GREY = "#5a5f69";

    private ChartColours() {}

    /** Grey for none (no report yet). */
    public static String of(@Nullable VarianceColour colour) {
        return colour == null ? GREY : switch (colour) {
            case GREEN -> GREEN;
            case YELLOW -> YELLOW;
            case RED -> RED;
        };
    }

    public static String of(ProjectStatus status) {
        return switch (status) {
            case IN_REVIEW, BOARD_REVIEW, RETURNED, ON_HOLD -> YELLOW;
            case APPROVED, IN_EXECUTION, COMPLETED -> GREEN;
            case REJECTED, CANCELLED -> RED;
            default -> GREY;
        };
    }

    /** The 1–5 rating scale: 1 high risk (red) … 5 low risk (green); grey for none. */
    public static String ofRating(@Nullable Integer rating) {
        return rating == null ? GREY : switch (rating) {
            case 1 -> RED;
            case 2 -> ORANGE;
            case 3 -> YELLOW;
            case 4 -> LIGHT_GREEN;
            default -> GREEN;
        };
    }
}
