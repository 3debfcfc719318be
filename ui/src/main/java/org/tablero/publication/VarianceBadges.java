package org.tablero.publication;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.tablero.monitoring.VarianceColour;

/**
 * Cost and schedule variance in colour and words together: the colour's band ("Yellow: 10 % to 30 % off the plan")
 * and what it means for the project ("over budget by 12.5 %", "40 days late").
 */
final class VarianceBadges {

    private VarianceBadges() {}

    static Component cost(Component host, PublicFormats formats, @Nullable BigDecimal percent,
            @Nullable VarianceColour colour) {
        if (percent == null) {
            return none(host);
        }
        int sign = percent.signum();
        String words = sign < 0 ? host.getTranslation("public.variance.over-budget", formats.percent(percent.abs()))
                : sign > 0 ? host.getTranslation("public.variance.under-budget", formats.percent(percent))
                        : host.getTranslation("public.variance.on-budget");
        return badge(host, formats, colour, words);
    }

    static Component schedule(Component host, PublicFormats formats, @Nullable Integer days,
            @Nullable VarianceColour colour) {
        if (days == null) {
            return none(host);
        }
        String words = days < 0 ? host.getTranslation("public.variance.late", -days)
                : days > 0 ? host.getTranslation("public.variance.ahead", days)
                        : host.getTranslation("public.variance.on-time");
        return badge(host, formats, colour, words);
    }

    private static Component badge(Component host, PublicFormats formats, @Nullable VarianceColour colour,
            String words) {
        Span text = new Span(words);
        if (colour == null) {
            return text;
        }
        Span badge = new Span(host.getTranslation("public.colour.short." + colour.name()));
        badge.addClassNames("badge", "variance-" + colour.name().toLowerCase(Locale.ROOT));
        badge.getElement().setAttribute("title", formats.band(host, colour));
        Span both = new Span(badge, text);
        both.addClassName("variance");
        return both;
    }

    private static Component none(Component host) {
        Span none = new Span(host.getTranslation("public.variance.no-report"));
        none.addClassName("secondary");
        return none;
    }
}
