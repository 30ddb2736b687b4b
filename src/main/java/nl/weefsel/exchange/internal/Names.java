package nl.weefsel.exchange.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Normal forms for recognising the same actor written differently: "Stichting SKVR" and "skvr",
 * "Cultuur Concreet B.V." and "Cultuur-Concreet", "https://www.skvr.nl/" and "skvr.nl".
 */
final class Names {

    /** Legal forms that say nothing about which organisation it is. */
    private static final List<String> LEGAL_FORMS = List.of("stichting", "st", "vereniging", "bv", "b v", "nv", "vof", "cooperatie");
    private static final List<String> PREFIXES = LEGAL_FORMS.stream().map(form -> form + " ").toList();
    private static final List<String> SUFFIXES = LEGAL_FORMS.stream().map(form -> " " + form).toList();
    // compiled once: a sheet of 100,000 ties normalises 200,000 names and labels
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    private static final Pattern SCHEME = Pattern.compile("^[a-z]+://");
    private static final Pattern WWW = Pattern.compile("^www\\.");
    private static final Pattern TRAILING_SLASHES = Pattern.compile("/+$");

    private Names() {
    }

    static String name(String name) {
        String plain = NOT_ALPHANUMERIC.matcher(withoutAccents(name).toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        for (int i = 0; i < LEGAL_FORMS.size(); i++) {
            if (plain.startsWith(PREFIXES.get(i))) {
                plain = plain.substring(PREFIXES.get(i).length());
            }
            if (plain.endsWith(SUFFIXES.get(i))) {
                plain = plain.substring(0, plain.length() - SUFFIXES.get(i).length());
            }
        }
        return plain.replace(" ", "");
    }

    static @Nullable String website(@Nullable String website) {
        if (website == null || website.isBlank()) {
            return null;
        }
        String plain = WWW.matcher(SCHEME.matcher(website.strip().toLowerCase(Locale.ROOT)).replaceFirst("")).replaceFirst("");
        return TRAILING_SLASHES.matcher(plain).replaceAll("");
    }

    /** A label or enum name as a lookup key: "Culturele instelling", "CULTURAL_INSTITUTION" and "cultural institution" alike. */
    static String label(String label) {
        return NOT_ALPHANUMERIC.matcher(withoutAccents(label).toLowerCase(Locale.ROOT)).replaceAll("");
    }

    /** "Café" as "Cafe"; plain ASCII, the usual case, as it is. */
    private static String withoutAccents(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
            }
        }
        return text;
    }
}
