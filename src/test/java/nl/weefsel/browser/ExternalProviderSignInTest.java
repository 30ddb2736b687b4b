package nl.weefsel.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import nl.weefsel.security.CurrentProfile;
import nl.weefsel.security.UserProfile;
import nl.weefsel.security.WeefselRole;
import okhttp3.mockwebserver.RecordedRequest;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Sign-in through a municipality's own OIDC provider: a second, separate provider on its own port
 * (mock-oauth2-server) configured as the {@code WEEFSEL_OIDC_*} variables would, with claim names
 * of its own. The demo provider is then off. Its own Spring context, on its own empty database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExternalProviderSignInTest {

    private static final String ISSUER = "gemeente";
    private static final String CLIENT = "weefsel-extern";
    private static final MockOAuth2Server PROVIDER = startedProvider();

    @LocalServerPort int port;
    @Autowired CurrentProfile currentProfile;
    @Autowired ServletWebServerApplicationContext context;

    private ChromeDriver browser;

    @DynamicPropertySource
    static void externalProvider(DynamicPropertyRegistry registry) {
        registry.add("weefsel.oidc.issuer-uri", () -> PROVIDER.issuerUrl(ISSUER).toString());
        registry.add("weefsel.oidc.client-id", () -> CLIENT);
        registry.add("weefsel.oidc.client-secret", () -> "geheim");
        registry.add("weefsel.oidc.roles-claim", () -> "groepen");
        registry.add("weefsel.oidc.territories-claim", () -> "gebieden");
        registry.add("weefsel.oidc.organisation-claim", () -> "organisatie");
        registry.add("weefsel.demo-data", () -> "false");
        registry.add("weefsel.data-dir", ExternalProviderSignInTest::freshDataDirectory);
        registry.add("weefsel.embedded-neo4j.page-cache", () -> "64m");
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.shutdown();
    }

    @Test
    void the_demo_provider_is_off_when_an_external_issuer_is_configured() throws Exception {
        var metadata = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base() + ".well-known/openid-configuration")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(metadata.body()).doesNotContain("authorization_endpoint");
    }

    @Test
    void a_user_signs_in_with_the_providers_roles_and_territories_and_signs_out_of_weefsel_and_the_provider() {
        assumeTrue(Browser.isInstalled(), "Chromium and chromedriver are not installed (.ci/run installs them)");
        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, "a-31337", "JWT", List.of(CLIENT), Map.of(
                "preferred_username", "anna.extern", "name", "Anna Extern",
                "groepen", List.of("coordinator", "scout", "personeelsvereniging"),
                "gebieden", List.of("GM0599", "WK059903"), "organisatie", "Gemeente Rotterdam"), 3600));
        browser = Browser.start(1200, 900);

        browser.get(base());

        assertThat(Vaadin.await(browser, By.id("signed-in-user")).getText()).isEqualTo("Anna Extern");
        RecordedRequest authorize = next(request -> request.getPath().startsWith("/" + ISSUER + "/authorize"));
        assertThat(authorize.getRequestUrl().queryParameter("client_id")).isEqualTo(CLIENT);
        assertThat(authorize.getRequestUrl().queryParameter("redirect_uri")).isEqualTo(base() + "login/oauth2/code/weefsel");
        String sessionId = browser.manage().getCookieNamed("JSESSIONID").getValue();
        UserProfile profile = profileOf(sessionId);
        assertThat(profile.name()).isEqualTo("anna.extern");
        assertThat(profile.roles()).containsExactlyInAnyOrder(WeefselRole.COORDINATOR, WeefselRole.SCOUT);
        assertThat(profile.territoryCodes()).isEqualTo(Set.of("GM0599", "WK059903"));
        assertThat(profile.organisation()).isEqualTo("Gemeente Rotterdam");

        Vaadin.click(browser, By.id("sign-out"));

        RecordedRequest endSession = next(request -> request.getPath().startsWith("/" + ISSUER + "/endsession"));
        assertThat(endSession.getRequestUrl().queryParameter("id_token_hint")).isNotBlank();
        assertThat(endSession.getRequestUrl().queryParameter("post_logout_redirect_uri")).isEqualTo(base());
        assertThat(session(sessionId)).as("Weefsel's session after signing out").isNull();
    }

    /** The profile Weefsel's access rules see for the user of that session. */
    private UserProfile profileOf(String sessionId) {
        Session session = session(sessionId);
        assertThat(session).as("session " + sessionId).isNotNull();
        var signedIn = (SecurityContext) session.getSession()
                .getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        SecurityContextHolder.setContext(signedIn);
        try {
            return currentProfile.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private Session session(String id) {
        var tomcat = ((TomcatWebServer) context.getWebServer()).getTomcat();
        var webApp = (Context) tomcat.getHost().findChildren()[0];
        try {
            return webApp.getManager().findSession(id);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The next request the provider received that matches, skipping metadata, key and token requests. */
    private static RecordedRequest next(Predicate<RecordedRequest> wanted) {
        while (true) {
            RecordedRequest request = PROVIDER.takeRequest(30, TimeUnit.SECONDS);
            assertThat(request).as("a request to the provider").isNotNull();
            if (wanted.test(request)) {
                return request;
            }
        }
    }

    private String base() {
        return "http://localhost:" + port + "/";
    }

    private static MockOAuth2Server startedProvider() {
        var provider = new MockOAuth2Server();
        provider.start();
        return provider;
    }

    private static String freshDataDirectory() {
        try {
            Files.createDirectories(Path.of("target"));
            return Files.createTempDirectory(Path.of("target"), "neo4j-external-").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
