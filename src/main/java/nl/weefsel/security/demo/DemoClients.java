package nl.weefsel.security.demo;

import java.time.Duration;
import java.util.function.IntSupplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/**
 * Both sides of Weefsel's one demo client: as the provider registers it and as the application
 * uses it. Built on first use, because the addresses contain the port the server got.
 */
final class DemoClients implements RegisteredClientRepository {

    private static final String REGISTRATION_ID = "weefsel";

    private final IntSupplier port;
    private final String clientId;
    private final String clientSecret;
    private volatile @Nullable RegisteredClient client;

    DemoClients(IntSupplier port, String clientId, String clientSecret) {
        this.port = port;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    @Override
    public void save(RegisteredClient registeredClient) {
        // The provider saves the client when it re-encodes the secret after its first use.
        if (!registeredClient.getId().equals(client().getId())) {
            throw new UnsupportedOperationException("The demo provider has one fixed client");
        }
        client = registeredClient;
    }

    @Override
    public @Nullable RegisteredClient findById(String id) {
        RegisteredClient known = client();
        return known.getId().equals(id) ? known : null;
    }

    @Override
    public @Nullable RegisteredClient findByClientId(String id) {
        RegisteredClient known = client();
        return known.getClientId().equals(id) ? known : null;
    }

    /** The application's side: authorisation in the browser (same host), tokens and keys over loopback. */
    ClientRegistrationRepository clientRegistrations() {
        return registrationId -> REGISTRATION_ID.equals(registrationId) ? registration() : null;
    }

    private ClientRegistration registration() {
        String loopback = "http://127.0.0.1:" + port.getAsInt();
        return ClientRegistration.withRegistrationId(REGISTRATION_ID)
                .clientId(clientId).clientSecret(clientSecret)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope(OidcScopes.OPENID, OidcScopes.PROFILE)
                .authorizationUri("/oauth2/authorize")
                .tokenUri(loopback + "/oauth2/token")
                .jwkSetUri(loopback + "/oauth2/jwks")
                .issuerUri(loopback)
                .userNameAttributeName("preferred_username")
                .clientName("Weefsel demo")
                .build();
    }

    private RegisteredClient client() {
        RegisteredClient known = client;
        if (known == null) {
            int serverPort = port.getAsInt();
            known = RegisteredClient.withId(REGISTRATION_ID)
                    .clientId(clientId).clientSecret("{noop}" + clientSecret)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                    .redirectUri("http://localhost:" + serverPort + "/login/oauth2/code/" + REGISTRATION_ID)
                    .redirectUri("http://127.0.0.1:" + serverPort + "/login/oauth2/code/" + REGISTRATION_ID)
                    .postLogoutRedirectUri("http://localhost:" + serverPort + "/")
                    .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE)
                    .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                    .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(Duration.ofHours(1)).build())
                    .build();
            client = known;
        }
        return known;
    }
}
