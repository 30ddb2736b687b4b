package nl.weefsel.security;

import java.util.Locale;
import java.util.Optional;

/** What a signed-in user may do, as named in the identity provider's roles claim. */
public enum WeefselRole {
    /** Edits everything within their municipality. */
    COORDINATOR,
    /** Registers initiatives, needs and contacts in their areas; proposes ties; reads the network. */
    SCOUT,
    /** Reads everything in their province, runs analysis and exports. */
    ADVISER,
    /** Edits their own organisation's profile and role claims; proposes ties the other side confirms. */
    PARTNER,
    /** Manages territories, the role taxonomy and imports. */
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }

    /** The role a claim value names ({@code coordinator}, {@code Scout} …); other values are not Weefsel's. */
    public static Optional<WeefselRole> fromClaim(String value) {
        try {
            return Optional.of(valueOf(value.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public static Optional<WeefselRole> fromAuthority(String authority) {
        return authority.startsWith("ROLE_") ? fromClaim(authority.substring(5)) : Optional.empty();
    }
}
