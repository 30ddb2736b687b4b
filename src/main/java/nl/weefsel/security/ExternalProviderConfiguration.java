package nl.weefsel.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;

/**
 * Sign-in through the municipality's own OIDC provider (Keycloak, Entra ID, …), configured only by
 * issuer, client and claim names. The provider's metadata is fetched on first use, so Weefsel can
 * start before its provider does.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Conditional(WeefselMode.ExternalProvider.class)
class ExternalProviderConfiguration {

    @Bean
    ClientRegistrationRepository clientRegistrations(OidcSettings settings) {
        return new LazyClientRegistrations(() -> registration(settings));
    }

    @Bean
    JwtDecoder jwtDecoder(OidcSettings settings) {
        return new SupplierJwtDecoder(() -> JwtDecoders.fromIssuerLocation(settings.issuerUri()));
    }

    private static ClientRegistration registration(OidcSettings settings) {
        try {
            return ClientRegistrations.fromIssuerLocation(settings.issuerUri())
                    .registrationId(SecurityConfiguration.REGISTRATION_ID)
                    .clientId(settings.clientId())
                    .clientSecret(settings.clientSecret())
                    .scope("openid", "profile", "email")
                    .userNameAttributeName("preferred_username")
                    .build();
        } catch (RuntimeException e) {
            throw new IllegalStateException("The sign-in provider " + settings.issuerUri()
                    + " cannot be reached or is not an OIDC issuer: " + e.getMessage(), e);
        }
    }

}
