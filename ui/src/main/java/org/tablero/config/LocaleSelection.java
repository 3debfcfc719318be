package org.tablero.config;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The language follows the browser until the user picks one; the choice is kept for the session and
 * applies to every new page of it.
 */
@Component
public class LocaleSelection implements VaadinServiceInitListener {

    public static final List<Locale> SUPPORTED = List.of(Locale.of("es"), Locale.of("pt"), Locale.ENGLISH);
    private static final String CHOSEN = LocaleSelection.class.getName() + ".chosen";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiEvent -> {
            UI ui = uiEvent.getUI();
            ui.setLocale(of(ui.getSession(), ui.getLocale()));
        });
    }

    public static void choose(Locale locale) {
        VaadinSession.getCurrent().setAttribute(CHOSEN, locale);
        UI.getCurrent().getPage().reload();
    }

    /** The language a new page of the session opens in: the one chosen, else the browser's closest. */
    public static Locale of(VaadinSession session, Locale browser) {
        Locale chosen = session == null ? null : (Locale) session.getAttribute(CHOSEN);
        return chosen != null ? chosen : supported(browser);
    }

    /** The closest supported language; Spanish where the browser asks for none of them. */
    static Locale supported(Locale requested) {
        return SUPPORTED.stream()
                .filter(locale -> requested != null && locale.getLanguage().equals(requested.getLanguage()))
                .findFirst().orElse(SUPPORTED.getFirst());
    }
}
