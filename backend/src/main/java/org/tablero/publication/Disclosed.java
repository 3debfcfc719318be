package org.tablero.publication;

import org.jspecify.annotations.Nullable;

/**
 * A value that may be withheld from the public. When withheld, {@code value} is null and {@code withheld} says so
 * with the ground ("withheld: &lt;ground&gt;"), so that what is withheld never silently vanishes.
 *
 * @param value the value, null when withheld (or when there is none)
 * @param withheld the marker "withheld: &lt;ground&gt;", null when the value is shown
 * @param reason why it is withheld, null when shown
 */
public record Disclosed<T>(@Nullable T value, @Nullable String withheld, @Nullable WithholdingReason reason) {

    public static final String MARKER = "withheld: ";

    public static <T> Disclosed<T> shown(@Nullable T value) {
        return new Disclosed<>(value, null, null);
    }

    public static <T> Disclosed<T> withheld(WithholdingReason reason, String ground) {
        return new Disclosed<>(null, MARKER + ground, reason);
    }

    /** Whether the value is withheld. Not {@code isWithheld()}: Jackson would write that boolean over the marker. */
    public boolean hidden() {
        return withheld != null;
    }
}
