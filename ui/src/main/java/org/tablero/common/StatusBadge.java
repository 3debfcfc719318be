package org.tablero.common;

import com.vaadin.flow.component.html.Span;
import org.tablero.monitoring.VarianceColour;
import org.tablero.project.ProjectStatus;
import org.tablero.project.Tier;

/** Status as words and colour together, never colour alone. */
public final class StatusBadge {

    private StatusBadge() {}

    public static Span of(ProjectStatus status) {
        Span badge = new Span(Labels.of(status));
        badge.addClassNames("badge", "status-" + status.name().toLowerCase().replace('_', '-'));
        return badge;
    }

    public static Span of(Tier tier) {
        Span badge = new Span(Labels.of(tier));
        badge.addClassNames("badge", "tier-" + tier.name().toLowerCase());
        return badge;
    }

    /** A variance colour always comes with words: the figure and what the colour means. */
    public static Span of(VarianceColour colour, String text) {
        Span badge = new Span(text);
        badge.addClassNames("badge", "variance-" + colour.name().toLowerCase());
        badge.getElement().setAttribute("title", Labels.of(colour));
        return badge;
    }
}
