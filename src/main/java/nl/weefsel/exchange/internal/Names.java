package nl.weefsel.exchange.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Normal forms for recognising the same actor written differently: "Stichting SKVR" and "skvr",
 * "Cultuur Concreet B.V." and "Cultuur-Concreet", "https://www.skvr.nl/" and "skvr.nl".
 */
final class Names {

    /** Legal forms that say nothing about which organisation it is. */
    private static final Set<String> LEGAL_FORMS = Set.of("stichting", "st", "vereniging", "bv", "b v", "nv", "vof", "cooperatie");

    private Names() {
    }

    static String name(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
        for (String form : LEGAL_FORMS) {
            if (plain.startsWith(form + " ")) {
                plain = plain.substring(form.length() + 1);
            }
            if (plain.endsWith(" " + form)) {
                plain = plain.substring(0, plain.length() - form.length() - 1);
            }
        }
        return plain.replace(" ", "");
    }

    static @Nullable String website(@Nullable String website) {
        if (website == null || website.isBlank()) {
            return null;
        }
        String plain = website.strip().toLowerCase(Locale.ROOT).replaceFirst("^[a-z]+://", "").replaceFirst("^www\\.", "");
        return plain.replaceAll("/+$", "");
    }

    /** A label or enum name as a lookup key: "Culturele instelling", "CULTURAL_INSTITUTION" and "cultural institution" alike. */
    static String label(String label) {
        return Normalizer.normalize(label, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "");
    }
}
