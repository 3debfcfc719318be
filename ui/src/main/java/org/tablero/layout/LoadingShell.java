package org.tablero.layout;

import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.component.page.TargetElement;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.AppShellSettings;
import java.util.Locale;
import org.jsoup.nodes.Entities;

/**
 * What the browser paints while Vaadin's client starts (1.5–2 s on a slow machine with nothing cached): the name,
 * a moving bar and "loading" in the visitor's language, in the page's own HTML, so that the first paint does not
 * wait for the client. It hides itself once a view is in the outlet.
 */
public final class LoadingShell {

    static final String ID = "tablero-loading";

    private static final String STYLE = """
            #tablero-loading { position: fixed; inset: 0; z-index: 1; background: #fff; color: #1a2733;
              font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", sans-serif; }
            #tablero-loading .name { height: 56px; box-sizing: border-box; display: flex; align-items: center;
              padding: 0 1rem; border-bottom: 1px solid rgba(26, 57, 96, 0.1); font-size: 1.375rem; font-weight: 600; }
            #tablero-loading .bar { height: 3px; background: linear-gradient(90deg, transparent, #006af5, transparent)
              no-repeat; background-size: 40% 100%; animation: tablero-loading 1.2s linear infinite; }
            #tablero-loading p { margin: 3rem 1rem; text-align: center; color: rgba(26, 39, 52, 0.72); }
            @keyframes tablero-loading { from { background-position: -40% 0; } to { background-position: 140% 0; } }
            @media (prefers-reduced-motion: reduce) { #tablero-loading .bar { animation: none; } }
            body:has(#outlet > :not(output)) #tablero-loading { display: none; }
            """;

    private LoadingShell() {
    }

    /** Adds the shell to the bootstrap page, in the language the first view will have. */
    public static void addTo(AppShellSettings settings, I18NProvider messages, Locale language) {
        String loading = Entities.escape(messages.getTranslation("app.loading", language));
        settings.addInlineWithContents(Inline.Position.APPEND, STYLE, Inline.Wrapping.STYLESHEET);
        settings.addInlineWithContents(TargetElement.BODY, Inline.Position.PREPEND, "<div id=\"" + ID
                + "\" role=\"status\"><div class=\"name\">Tablero</div><div class=\"bar\"></div><p>" + loading
                + "</p></div>", Inline.Wrapping.NONE);
    }
}
