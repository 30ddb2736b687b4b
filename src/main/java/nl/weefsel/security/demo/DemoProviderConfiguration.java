package nl.weefsel.security.demo;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import nl.weefsel.security.OidcSettings;
import nl.weefsel.security.WeefselMode;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

/**
 * Runs the demo provider inside Weefsel. Its sign-in (and its saved request) is kept under its own session key, apart from
 * the application's, so that the application still signs in through the OAuth2 code flow exactly
 * as with an external provider; signing out of Weefsel ends the shared session and so both.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Conditional(WeefselMode.DemoProvider.class)
class DemoProviderConfiguration {

    private static final String SESSION_KEY = "WEEFSEL_DEMO_PROVIDER_SECURITY_CONTEXT";

    private final String clientSecret = HexFormat.of().formatHex(new SecureRandom().generateSeed(24));

    @Bean
    @Order(1)
    SecurityFilterChain demoProviderEndpoints(HttpSecurity http, DemoClients clients) throws Exception {
        var server = new OAuth2AuthorizationServerConfigurer();
        return http.securityMatcher(server.getEndpointsMatcher())
                .with(server, provider -> provider.registeredClientRepository(clients).oidc(Customizer.withDefaults()))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .securityContext(context -> context.securityContextRepository(providerSessions()))
                .requestCache(cache -> cache.requestCache(providerRequests()))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(DemoLoginPage.PATH)))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain demoProviderSignIn(HttpSecurity http) throws Exception {
        return http.securityMatcher("/demo-idp/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .securityContext(context -> context.securityContextRepository(providerSessions()))
                .requestCache(cache -> cache.requestCache(providerRequests()))
                .userDetailsService(demoUsers())
                .formLogin(form -> form.loginPage(DemoLoginPage.PATH).loginProcessingUrl(DemoLoginPage.PATH)
                        .failureUrl(DemoLoginPage.PATH + "?error").permitAll())
                .addFilterAfter(new DemoLoginPage(), CsrfFilter.class)
                .build();
    }

    @Bean
    DemoClients demoClients(WebServerApplicationContext server, OidcSettings settings) {
        return new DemoClients(() -> server.getWebServer().getPort(), settings.clientId(), clientSecret);
    }

    @Bean
    ClientRegistrationRepository clientRegistrations(DemoClients clients) {
        return clients.clientRegistrations();
    }

    @Bean
    JWKSource<SecurityContext> demoProviderKeys() {
        KeyPair keys = rsaKeyPair();
        RSAKey key = new RSAKey.Builder((RSAPublicKey) keys.getPublic()).privateKey((RSAPrivateKey) keys.getPrivate())
                .keyID(UUID.randomUUID().toString()).build();
        return new ImmutableJWKSet<>(new JWKSet(key));
    }

    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys) {
        return NimbusJwtDecoder.withJwkSource(keys).build();
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings() {
        return AuthorizationServerSettings.builder().build();
    }

    /** Puts the account's role, territories and organisation into the tokens, under the configured claim names. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> demoAccountClaims(OidcSettings settings) {
        return context -> {
            DemoAccount account = DemoAccount.byUsername(context.getPrincipal().getName());
            if (account == null) {
                return;
            }
            context.getClaims().claim("preferred_username", account.username()).claim("name", account.displayName())
                    .claim(settings.rolesClaim(), List.of(account.role().name().toLowerCase()))
                    .claim(settings.territoriesClaim(), account.territories());
            if (account.organisation() != null) {
                context.getClaims().claim(settings.organisationClaim(), account.organisation());
            }
        };
    }

    private static UserDetailsService demoUsers() {
        return new InMemoryUserDetailsManager(DemoAccount.ALL.stream()
                .map(account -> User.withUsername(account.username()).password("{noop}" + account.username())
                        .roles("DEMO_ACCOUNT").build())
                .toList());
    }

    private static HttpSessionSecurityContextRepository providerSessions() {
        var repository = new HttpSessionSecurityContextRepository();
        repository.setSpringSecurityContextKey(SESSION_KEY);
        return repository;
    }

    /** The provider remembers its own interrupted request, so the application's (the page the user asked for) survives. */
    private static HttpSessionRequestCache providerRequests() {
        var cache = new HttpSessionRequestCache();
        cache.setSessionAttrName("WEEFSEL_DEMO_PROVIDER_SAVED_REQUEST");
        return cache;
    }

    private static KeyPair rsaKeyPair() {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
