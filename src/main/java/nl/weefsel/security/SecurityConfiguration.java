package nl.weefsel.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Web security: every view needs a signed-in user (OIDC authorization-code flow, through an
 * external issuer or the demo provider); the read API takes the same provider's bearer tokens.
 * What each user may change is decided in the services (see {@link AccessPolicy}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

    static final String REGISTRATION_ID = "weefsel";

    /**
     * Vaadin runs with 'unsafe-inline' scripts and styles; everything else comes from Weefsel itself
     * (map tiles, if configured, may come from any https host).
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: https:; font-src 'self' data:; "
            + "connect-src 'self' ws: wss:; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    @Bean
    @Order(20)
    SecurityFilterChain apiSecurity(HttpSecurity http, JwtDecoder jwtDecoder, OidcSettings settings) throws Exception {
        var authorities = new JwtAuthenticationConverter();
        var roles = new RoleClaimMapper(settings);
        authorities.setJwtGrantedAuthoritiesConverter(jwt -> java.util.List.copyOf(roles.rolesOf(jwt)));
        authorities.setPrincipalClaimName("preferred_username");
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .oauth2ResourceServer(server -> server.jwt(jwt -> jwt.decoder(jwtDecoder).jwtAuthenticationConverter(authorities)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable()) // stateless bearer-token API: no cookies, so no CSRF
                .build();
    }

    @Bean
    @Order(30)
    SecurityFilterChain appSecurity(HttpSecurity http, OidcSettings settings) throws Exception {
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .oauth2LoginPage("/oauth2/authorization/" + REGISTRATION_ID, "{baseUrl}/"));
        http.oauth2Login(login -> login.userInfoEndpoint(userInfo -> userInfo.userAuthoritiesMapper(new RoleClaimMapper(settings))));
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(frame -> frame.deny()));
        return http.build();
    }
}
