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
 * {@code messages_en.properties}, or from a feature's own pair of bundles listed in
 * {@link #BUNDLES} (so that features keep their texts beside each other without one huge file).
 * The JVM's own locale never chooses the language.
 */
@Component
public class WeefselI18NProvider implements I18NProvider {

    public static final Locale DUTCH = Locale.of("nl");
    public static final Locale ENGLISH = Locale.ENGLISH;
    /** Base names of the bundles, searched in this order; a bundle that does not exist is skipped. */
    public static final List<String> BUNDLES = List.of("messages", "messages-editing", "messages-coverage",
            "messages-exchange", "messages-security", "messages-impact", "messages-funding",
            "messages-collab");

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(DUTCH, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale language = "en".equals(locale.getLanguage()) ? ENGLISH : DUTCH;
        for (String bundle : BUNDLES) {
            try {
                String text = ResourceBundle.getBundle(bundle, language, NO_FALLBACK).getString(key);
                return params.length == 0 ? text : new MessageFormat(text, language).format(params);
            } catch (MissingResourceException e) {
                // not in this bundle (or no such bundle): try the next
            }
        }
        return "!" + key;
    }
}
