package nl.weefsel.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.weefsel.actor.Actor;
import nl.weefsel.actor.ActorData;
import nl.weefsel.actor.ActorKind;
import nl.weefsel.actor.ActorService;
import nl.weefsel.base.Validity;
import nl.weefsel.network.NetworkFilter;
import nl.weefsel.network.NetworkService;
import nl.weefsel.partnership.Intensity;
import nl.weefsel.partnership.PartnershipData;
import nl.weefsel.partnership.PartnershipService;
import nl.weefsel.partnership.TieKind;
import nl.weefsel.security.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Measures the network view with 2,000 actors and 4,000 ties in headless Chromium: time to draw,
 * and time for one change saved elsewhere (a renamed actor, a new tie) to show. Not a test — it asserts nothing and runs only on
 * request, in its own database: {@code ./mvnw verify -Dtest=NetworkBenchmark -Dweefsel.benchmark=true}.
 * Results go to {@code target/benchmark-network.txt}; docs/benchmarks.md records them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EnabledIfSystemProperty(named = "weefsel.benchmark", matches = "true")
class NetworkBenchmark {

    static final int ACTORS = 2_000;
    static final int TIES = 4_000;
    static final int CHANGES = 5;

    @LocalServerPort int port;
    @Autowired ActorService actors;
    @Autowired PartnershipService partnerships;
    @Autowired TransactionTemplate transactions;
    @Autowired NetworkService network;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) throws IOException {
        Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "neo4j-benchmark-");
        registry.add("weefsel.data-dir", dir::toString);
        registry.add("weefsel.demo-data", () -> "false");
    }

    @Test
    void measure_the_network_view_with_2000_actors() throws IOException {
        assumeTrue(Browser.isInstalled(), "Chromium and chromedriver are not installed");
        TestUsers.signInAsAdmin("benchmark");
        List<Actor> created = generate();
        List<String> report = new ArrayList<>();
        for (int i = 0; i < 3; i++) { // warm, then measure what the server does for every redraw
            long queried = System.nanoTime();
            var snapshot = network.snapshot(NetworkFilter.wholeNetworkOn(java.time.LocalDate.now()));
            report.add("server snapshot %d: %d ms for %d nodes and %d edges".formatted(i + 1, millisSince(queried),
                    snapshot.nodes().size(), snapshot.edges().size()));
        }
        ChromeDriver browser = Browser.start(1400, 900);
        try {
            Browser.signIn(browser, "http://localhost:" + port + "/", "adviser");
            long start = System.nanoTime();
            browser.get("http://localhost:" + port + "/");
            while (drawnNodes(browser) < ACTORS) {
                pause(20);
            }
            report.add("draw: %d ms from navigation to %d nodes drawn".formatted(millisSince(start), drawnNodes(browser)));
            browser.executeScript("""
                    const g = document.querySelector('weefsel-network');
                    const original = g.patch.bind(g);
                    window.weefselPatchMs = [];
                    window.weefselPatchChars = [];
                    g.patch = (json) => { const t = performance.now(); original(json);
                                          window.weefselPatchMs.push(performance.now() - t);
                                          window.weefselPatchChars.push(json.length); };
                    """);
            for (int i = 0; i < CHANGES; i++) {
                Actor actor = actors.find(created.get(i * 97).id()).orElseThrow();
                String name = "Hernoemd " + i;
                long saved = System.nanoTime();
                actors.update(actor.id(), actor.version(), new ActorData(name, actor.kind(), null, null, null, null,
                        null, actor.activeInIds(), null, actor.disciplines(), actor.targetGroups()));
                while (!name.equals(browser.executeScript(
                        "return document.querySelector('weefsel-network').cy.getElementById(arguments[0]).data('label')", actor.id()))) {
                    pause(10);
                }
                report.add("change %d: %d ms from save to label shown".formatted(i + 1, millisSince(saved)));
            }
            for (int i = 0; i < CHANGES; i++) {
                long saved = System.nanoTime();
                var tie = partnerships.create(PartnershipData.collaboration(created.get(i * 13 + 1).id(),
                        created.get(i * 29 + 500).id(), Intensity.COORDINATION));
                while (!Boolean.TRUE.equals(browser.executeScript(
                        "return document.querySelector('weefsel-network').cy.getElementById(arguments[0]).nonempty()", tie.id()))) {
                    pause(10);
                }
                report.add("new tie %d: %d ms from save to edge shown".formatted(i + 1, millisSince(saved)));
            }
            report.add("patch in the browser per change (ms): " + browser.executeScript("return window.weefselPatchMs"));
            report.add("patch size per change (characters of JSON): " + browser.executeScript("return window.weefselPatchChars"));
        } finally {
            browser.quit();
            TestUsers.signOut();
        }
        Files.write(Path.of("target", "benchmark-network.txt"), report);
        report.forEach(System.out::println);
    }

    private List<Actor> generate() {
        var random = new Random(42);
        ActorKind[] kinds = ActorKind.values();
        List<Actor> created = transactions.execute(status -> {
            List<Actor> list = new ArrayList<>();
            for (int i = 0; i < ACTORS; i++) {
                list.add(actors.create(ActorData.of("Actor " + i, kinds[random.nextInt(kinds.length)], null)));
            }
            return list;
        });
        transactions.executeWithoutResult(status -> {
            for (int i = 0; i < TIES; i++) {
                Actor from = created.get(random.nextInt(ACTORS));
                Actor to = created.get(random.nextInt(ACTORS));
                if (!from.id().equals(to.id())) {
                    partnerships.create(new PartnershipData(from.id(), to.id(), TieKind.COLLABORATION,
                            Intensity.values()[random.nextInt(4)], false, false, Validity.ALWAYS, random.nextInt(10) > 0, null, null));
                }
            }
        });
        return created;
    }

    private static long drawnNodes(ChromeDriver browser) {
        Object count = browser.executeScript(
                "const g = document.querySelector('weefsel-network'); return g && g.dataset.nodes ? Number(g.dataset.nodes) : 0;");
        return ((Number) count).longValue();
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
