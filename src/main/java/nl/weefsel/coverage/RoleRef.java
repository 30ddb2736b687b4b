package nl.weefsel.coverage;

import java.util.Locale;
import nl.weefsel.role.Role;

/** A role as a finding names it, in Dutch and English. */
public record RoleRef(String id, String key, String nameNl, String nameEn) {

    public static RoleRef of(Role role) {
        return new RoleRef(role.id(), role.key(), role.nameNl(), role.nameEn());
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameNl;
    }
}
