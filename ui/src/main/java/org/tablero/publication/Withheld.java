package org.tablero.publication;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A value the public may not see says so, with its ground in the reader's language ("Withheld: personal data"),
 * and never shows the value: a withheld {@link Disclosed} carries none.
 */
final class Withheld {

    private Withheld() {}

    static <T> Component of(Component host, Disclosed<T> value, Function<T, String> format) {
        if (value.hidden()) {
            Span withheld = new Span(ground(host, value.reason(), value.withheld()));
            withheld.addClassName("withheld");
            return withheld;
        }
        return new Span(value.value() == null ? "" : format.apply(value.value()));
    }

    static Component text(Component host, Disclosed<String> value) {
        return of(host, value, text -> text);
    }

    /** "Withheld: cybersecurity risk details are not published", or the legal ground the authority typed. */
    static String ground(Component host, @Nullable WithholdingReason reason, @Nullable String marker) {
        if (reason == null || reason == WithholdingReason.CONFIDENTIAL) {
            String ground = marker == null ? "" : marker.substring(Math.min(marker.length(),
                    Disclosed.MARKER.length()));
            return host.getTranslation("public.withheld.CONFIDENTIAL", ground);
        }
        return host.getTranslation("public.withheld." + reason.name());
    }
}
