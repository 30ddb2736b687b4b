package nl.weefsel.base.internal;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/**
 * Every text of the UI comes from {@code messages.properties} (Dutch, the default) or
 * {@code messages_en.properties}. The JVM's own locale never chooses the language.
 */
@Component
public class WeefselI18NProvider implements I18NProvider {

    public static final Locale DUTCH = Locale.of("nl");
    public static final Locale ENGLISH = Locale.ENGLISH;
    static final String BUNDLE = "messages";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(DUTCH, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale language = "en".equals(locale.getLanguage()) ? ENGLISH : DUTCH;
        try {
            String text = ResourceBundle.getBundle(BUNDLE, language, NO_FALLBACK).getString(key);
            return params.length == 0 ? text : new MessageFormat(text, language).format(params);
        } catch (MissingResourceException e) {
            return "!" + key;
        }
    }
}
