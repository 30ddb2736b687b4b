package nl.weefsel.security;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

/**
 * Signs a test thread in as a user with the claims an OIDC provider would give: the same kind of
 * authentication the application holds after a real sign-in.
 */
public final class TestUsers {

    private TestUsers() {
    }

    public static void signIn(String name, WeefselRole role, List<String> territories, @Nullable String organisation) {
        var token = OidcIdToken.withTokenValue("test-" + name).subject(name)
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(3600))
                .claim("preferred_username", name)
                .claim("roles", List.of(role.name().toLowerCase()))
                .claim("territories", territories);
        if (organisation != null) {
            token.claim("organisation", organisation);
        }
        OidcIdToken idToken = token.build();
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new OidcUserAuthority(idToken));
        authorities.add(new SimpleGrantedAuthority(role.authority()));
        var user = new DefaultOidcUser(authorities, idToken, "preferred_username");
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new OAuth2AuthenticationToken(user, authorities, "weefsel"));
        SecurityContextHolder.setContext(context);
    }

    public static void signInAsAdmin(String name) {
        signIn(name, WeefselRole.ADMIN, List.of("PV28"), null);
    }

    public static <T> T as(String name, WeefselRole role, List<String> territories, @Nullable String organisation, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        signIn(name, role, territories, organisation);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }
}
