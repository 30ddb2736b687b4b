package nl.weefsel.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.weefsel.base.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.ClaimAccessor;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who is acting: their roles, the CBS codes of the areas they work in (territories) and, for a
 * partner, their organisation. Read from the sign-in's claims, the names of which are configurable.
 */
public record UserProfile(String name, Set<WeefselRole> roles, Set<String> territoryCodes, @Nullable String organisation) {

    public UserProfile {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        territoryCodes = Set.copyOf(territoryCodes);
    }

    public static final UserProfile ANONYMOUS = new UserProfile("anonymous", Set.of(), Set.of(), null);

    public boolean has(WeefselRole role) {
        return roles.contains(role);
    }

    public boolean isSignedIn() {
        return this != ANONYMOUS;
    }

    static UserProfile of(@Nullable Authentication authentication, OidcSettings claims) {
        if (authentication == null || !authentication.isAuthenticated() || "anonymousUser".equals(authentication.getPrincipal())) {
            return ANONYMOUS;
        }
        Set<WeefselRole> roles = EnumSet.noneOf(WeefselRole.class);
        authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .forEach(authority -> WeefselRole.fromAuthority(authority).ifPresent(roles::add));
        ClaimAccessor claimSource = switch (authentication.getPrincipal()) {
            case OidcUser user -> user;
            default -> authentication instanceof JwtAuthenticationToken jwt ? jwt.getToken() : null;
        };
        if (claimSource == null) {
            return new UserProfile(authentication.getName(), roles, Set.of(), null);
        }
        return new UserProfile(authentication.getName(), roles, Set.copyOf(strings(claimSource, claims.territoriesClaim())),
                claimSource.getClaimAsString(claims.organisationClaim()));
    }

    static List<String> strings(ClaimAccessor claims, String name) {
        Object value = claims.getClaims().get(name);
        return switch (value) {
            case null -> List.of();
            case Collection<?> values -> values.stream().map(String::valueOf).toList();
            case String text -> List.of(text.split("[,\\s]+")).stream().filter(s -> !s.isBlank()).toList();
            default -> List.of(String.valueOf(value));
        };
    }

    /** Whether this is Weefsel itself acting (seeding, command line). */
    public boolean isSystem() {
        return CurrentUser.SYSTEM.equals(name) && has(WeefselRole.ADMIN);
    }
}
