package org.tablero.config;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/**
 * Every label comes from {@code i18n/messages_<language>.properties}. No fallback to the server's own
 * locale: an English page stays English on a server configured for Spanish.
 */
@Component
public class MessageBundles implements I18NProvider {

    private static final String BASE_NAME = "i18n/messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return LocaleSelection.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale language = LocaleSelection.supported(locale);
        try {
            String pattern = ResourceBundle.getBundle(BASE_NAME, language, NO_FALLBACK).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, language).format(params);
        } catch (MissingResourceException missing) {
            // visible on screen and caught by the bundle completeness test
            return "!" + key;
        }
    }
}
