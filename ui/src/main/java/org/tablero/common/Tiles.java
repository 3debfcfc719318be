package org.tablero.common;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

/**
 * The headline tiles at the top of the progress, results, portfolio and public overview pages: a label above a
 * figure, and an optional note below (styles in tablero.css). A tile whose figure counts projects is a link to them.
 */
public final class Tiles {

    private Tiles() {}

    /** A tile with a figure of its own making (a badge, a figure with its own style). */
    public static Div of(String label, Component figure) {
        Div tile = new Div(label(label), figure);
        tile.addClassName("tile");
        return tile;
    }

    /** A tile with a number or an amount as its figure. */
    public static Div of(String label, String value) {
        return of(label, value(value));
    }

    /** A tile that leads to what its figure counts. */
    public static Anchor link(String href, String label, String value, @Nullable String note) {
        Anchor tile = new Anchor(href, "");
        tile.add(label(label), value(value));
        if (note != null) {
            Span small = new Span(note);
            small.addClassName("tile-note");
            tile.add(small);
        }
        tile.addClassName("tile");
        return tile;
    }

    private static Span label(String text) {
        Span label = new Span(text);
        label.addClassName("tile-label");
        return label;
    }

    private static Span value(String text) {
        Span value = new Span(text);
        value.addClassName("tile-value");
        return value;
    }
}
