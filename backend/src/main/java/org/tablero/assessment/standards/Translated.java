package org.tablero.assessment.standards;

import java.util.Locale;

/** A text of the catalogue in the three languages of the application. */
public record Translated(String en, String es, String pt) {

    /** The text in the locale's language, English when that language has none. */
    public String in(Locale locale) {
        String text = switch (locale == null ? "en" : locale.getLanguage()) {
            case "es" -> es;
            case "pt" -> pt;
            default -> en;
        };
        return text == null || text.isBlank() ? en : text;
    }
}
