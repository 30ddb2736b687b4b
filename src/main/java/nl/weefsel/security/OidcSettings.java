package nl.weefsel.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * Sign-in settings ({@code weefsel.oidc.*}, from the {@code WEEFSEL_OIDC_*} environment variables).
 * With no issuer, demo mode brings its own provider.
 */
@ConfigurationProperties("weefsel.oidc")
public record OidcSettings(String issuerUri, String clientId, String clientSecret, String rolesClaim,
                           String territoriesClaim, String organisationClaim) {

    public OidcSettings {
        issuerUri = issuerUri == null ? "" : issuerUri.trim();
        clientId = StringUtils.hasText(clientId) ? clientId : "weefsel";
        clientSecret = clientSecret == null ? "" : clientSecret;
        rolesClaim = StringUtils.hasText(rolesClaim) ? rolesClaim : "roles";
        territoriesClaim = StringUtils.hasText(territoriesClaim) ? territoriesClaim : "territories";
        organisationClaim = StringUtils.hasText(organisationClaim) ? organisationClaim : "organisation";
    }

    public boolean hasExternalIssuer() {
        return !issuerUri.isEmpty();
    }
}
