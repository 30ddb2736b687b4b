package nl.weefsel.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import nl.weefsel.Application;
import nl.weefsel.WeefselIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The sign-in wiring as seen from outside: redirects, the demo provider, headers, production mode. */
class SignInTest extends WeefselIntegrationTest {

    @LocalServerPort int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void an_anonymous_visit_is_sent_to_the_oidc_authorisation_flow() throws Exception {
        var response = get("/");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/oauth2/authorization/weefsel"));
    }

    @Test
    void the_demo_provider_publishes_openid_metadata_and_signs_with_its_own_keys() throws Exception {
        var metadata = get("/.well-known/openid-configuration");

        assertThat(metadata.statusCode()).isEqualTo(200);
        assertThat(metadata.body()).contains("\"authorization_endpoint\"", "/oauth2/authorize", "\"jwks_uri\"");
        assertThat(get("/oauth2/jwks").body()).contains("\"kty\":\"RSA\"");
    }

    @Test
    void pages_carry_security_headers_that_keep_weefsel_out_of_frames() throws Exception {
        var response = get("/");

        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("frame-ancestors 'none'", "object-src 'none'"));
        assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(response.headers().firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void the_session_cookie_is_http_only_and_secure_behind_tls() throws Exception {
        var direct = get("/oauth2/authorization/weefsel");
        var behindTls = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/oauth2/authorization/weefsel"))
                .header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(sessionCookie(direct)).contains("HttpOnly").doesNotContain("Secure");
        assertThat(sessionCookie(behindTls)).contains("HttpOnly", "Secure", "SameSite=Lax");
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()));
    }

    @Test
    void the_read_api_wants_a_bearer_token() throws Exception {
        assertThat(get("/api/v1/areas").statusCode()).isEqualTo(401);
    }

    @Test
    void production_mode_without_an_external_provider_refuses_to_start(@TempDir Path dataDir) {
        var production = Application.withoutWeb().web(WebApplicationType.SERVLET);

        assertThatThrownBy(() -> production.run("--weefsel.mode=production", "--server.port=0",
                "--weefsel.data-dir=" + dataDir, "--weefsel.demo-data=false"))
                .hasStackTraceContaining("WEEFSEL_MODE=production needs an external sign-in provider")
                .hasStackTraceContaining("demo accounts are never available in production mode");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
