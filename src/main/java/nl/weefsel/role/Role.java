package nl.weefsel.role;

import java.util.Locale;

/** A role in the taxonomy, named in Dutch and English. */
public record Role(String id, String key, String nameNl, String nameEn, String descriptionNl, String descriptionEn,
                   long version) {

    public String name(Locale locale) {
        return "nl".equals(locale.getLanguage()) ? nameNl : nameEn;
    }

    public String description(Locale locale) {
        return "nl".equals(locale.getLanguage()) ? descriptionNl : descriptionEn;
    }
}
