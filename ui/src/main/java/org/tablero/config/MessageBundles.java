package org.tablero.config;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/**
 * Every label comes from the bundles {@code i18n/<feature>_<language>.properties}, one per feature so that
 * features add their labels without touching each other's files. No fallback to the server's own locale: an
 * English page stays English on a server configured for Spanish.
 */
@Component
public class MessageBundles implements I18NProvider {

    /** Searched in this order; a key lives in exactly one of them. */
    public static final List<String> BASE_NAMES = List.of("i18n/messages", "i18n/monitoring", "i18n/publication");
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return LocaleSelection.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale language = LocaleSelection.supported(locale);
        for (String baseName : BASE_NAMES) {
            ResourceBundle bundle = ResourceBundle.getBundle(baseName, language, NO_FALLBACK);
            if (bundle.containsKey(key)) {
                String pattern = bundle.getString(key);
                return params.length == 0 ? pattern : new MessageFormat(pattern, language).format(params);
            }
        }
        // visible on screen and caught by the bundle completeness test
        return "!" + key;
    }
}
