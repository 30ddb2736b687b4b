package nl.weefsel.security;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.core.ClaimAccessor;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

/**
 * Turns the roles claim of the ID token (or userinfo) into {@code ROLE_…} authorities. Values that
 * are not Weefsel roles (a provider's own default roles) are ignored.
 */
class RoleClaimMapper implements GrantedAuthoritiesMapper {

    private final OidcSettings settings;

    RoleClaimMapper(OidcSettings settings) {
        this.settings = settings;
    }

    @Override
    public Collection<? extends GrantedAuthority> mapAuthorities(Collection<? extends GrantedAuthority> authorities) {
        Set<GrantedAuthority> mapped = new HashSet<>(authorities);
        for (GrantedAuthority authority : authorities) {
            if (authority instanceof OidcUserAuthority oidc) {
                mapped.addAll(rolesOf(oidc.getIdToken()));
                if (oidc.getUserInfo() != null) {
                    mapped.addAll(rolesOf(oidc.getUserInfo()));
                }
            }
        }
        return mapped;
    }

    Set<GrantedAuthority> rolesOf(ClaimAccessor claims) {
        Set<GrantedAuthority> roles = new HashSet<>();
        for (String value : UserProfile.strings(claims, settings.rolesClaim())) {
            WeefselRole.fromClaim(value).ifPresent(role -> roles.add(new SimpleGrantedAuthority(role.authority())));
        }
        return roles;
    }
}
