package org.tablero.assessment.value;

import java.util.Locale;

/** An objective of the national digital strategy, with its name in the three languages. */
public record StrategyObjective(long id, String code, String nameEn, String nameEs, String namePt, boolean active,
        int version) {

    /** The name in the language of the locale: Spanish, Portuguese, or else English. */
    public String name(Locale locale) {
        return switch (locale.getLanguage()) {
            case "es" -> nameEs;
            case "pt" -> namePt;
            default -> nameEn;
        };
    }

    public StrategyObjectiveInput toInput() {
        return new StrategyObjectiveInput(code, nameEn, nameEs, namePt, active);
    }
}
