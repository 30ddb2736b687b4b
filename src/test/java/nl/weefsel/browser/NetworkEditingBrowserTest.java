package nl.weefsel.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.weefsel.WeefselIntegrationTest;
import nl.weefsel.actor.Actor;
import nl.weefsel.actor.ActorData;
import nl.weefsel.actor.ActorKind;
import nl.weefsel.actor.ActorService;
import nl.weefsel.area.AreaService;
import nl.weefsel.base.Validity;
import nl.weefsel.network.NetworkFilter;
import nl.weefsel.network.NetworkService;
import nl.weefsel.partnership.Intensity;
import nl.weefsel.partnership.Partnership;
import nl.weefsel.partnership.PartnershipData;
import nl.weefsel.partnership.PartnershipService;
import nl.weefsel.partnership.TieKind;
import nl.weefsel.security.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A coordinator ties two actors in the network view; a colleague's network view shows the tie at once. */
class NetworkEditingBrowserTest extends WeefselIntegrationTest {

    @LocalServerPort int port;
    @Autowired ActorService actors;
    @Autowired PartnershipService partnerships;
    @Autowired AreaService areas;
    @Autowired NetworkService network;

    private final List<ChromeDriver> browsers = new ArrayList<>();

    @BeforeEach
    void checkBrowser() {
        assumeTrue(Browser.isInstalled(), "Chromium and chromedriver are not installed (.ci/run installs them)");
        TestUsers.signInAsAdmin("eva");
    }

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(ChromeDriver::quit);
        TestUsers.signOut();
    }

    @Test
    void a_tie_added_by_picking_two_actors_appears_in_another_browser_without_reload() throws Exception {
        String delfshaven = areas.findByCode("WK059903").orElseThrow().id();
        Actor fanfare = actors.create(ActorData.of("Fanfare Pernis", ActorKind.COMMUNITY_INITIATIVE, delfshaven));
        Actor buurthuis = actors.create(ActorData.of("Buurthuis Pernis", ActorKind.WELFARE, delfshaven));
        ChromeDriver coordinator = openNetwork("coordinator");
        ChromeDriver colleague = openNetwork("adviser");

        Vaadin.click(coordinator, By.id("tie-mode"));
        tap(coordinator, fanfare.id());
        new WebDriverWait(coordinator, Vaadin.PATIENCE).until(d -> d.findElement(By.id("network-status")).getText()
                .contains("Fanfare Pernis"));
        tap(coordinator, buurthuis.id());
        Vaadin.await(coordinator, By.id("record-dialog"));
        CollaborationBrowserTest.screenshot(coordinator, "network-tie-dialog.png");
        Vaadin.click(coordinator, By.id("record-save"));

        new WebDriverWait(colleague, Vaadin.PATIENCE).until(d -> Boolean.TRUE.equals(((ChromeDriver) d).executeScript("""
                const cy = document.querySelector('weefsel-network').cy;
                return cy.edges().some(e => e.source().id() === arguments[0] && e.target().id() === arguments[1]);
                """, fanfare.id(), buurthuis.id())));
        List<Partnership> ties = partnerships.ofActor(fanfare.id());
        assertThat(ties).singleElement().satisfies(tie -> {
            assertThat(tie.toActorId()).isEqualTo(buurthuis.id());
            assertThat(tie.confirmed()).isTrue();
        });
        CollaborationBrowserTest.screenshot(colleague, "network-view-live.png");
    }

    @Test
    void a_coordinator_confirms_a_one_sided_tie_from_the_panel_and_another_browser_redraws_it_as_confirmed() {
        String delfshaven = areas.findByCode("WK059903").orElseThrow().id();
        Actor koor = actors.create(ActorData.of("Koor Bevestigd Spangen", ActorKind.COMMUNITY_INITIATIVE, delfshaven));
        Actor school = actors.create(ActorData.of("School Bevestigd Spangen", ActorKind.SCHOOL, delfshaven));
        Partnership proposed = partnerships.create(new PartnershipData(koor.id(), school.id(), TieKind.COLLABORATION,
                Intensity.COOPERATION, false, false, Validity.ALWAYS, false, null, null));
        ChromeDriver coordinator = openNetwork("coordinator");
        ChromeDriver adviser = openNetwork("adviser");
        awaitEdge(adviser, proposed.id(), true);

        tap(adviser, koor.id());
        new WebDriverWait(adviser, Vaadin.PATIENCE).until(d -> d.findElement(By.id("actor-details")).getText().contains(koor.name()));
        assertThat(adviser.findElements(By.cssSelector("#actor-details .weefsel-confirm-tie"))).as("an adviser may not confirm").isEmpty();
        assertThat(adviser.findElements(By.cssSelector("#actor-details vaadin-button"))).as("an adviser reads only").isEmpty();
        assertThat(adviser.findElements(By.id("tie-mode"))).allSatisfy(button -> assertThat(button.isDisplayed()).isFalse());

        tap(coordinator, koor.id());
        Vaadin.await(coordinator, By.id("actor-edit"));
        Vaadin.click(coordinator, By.cssSelector("#actor-details .weefsel-confirm-tie"));

        awaitEdge(adviser, proposed.id(), false);
        assertThat(partnerships.find(proposed.id()).orElseThrow().confirmed()).isTrue();
        new WebDriverWait(coordinator, Vaadin.PATIENCE).until(d -> d.findElements(By.cssSelector("#actor-details .weefsel-confirm-tie")).isEmpty());
    }

    @Test
    void the_picture_downloads_as_png_and_the_analysis_as_json_of_the_live_network() throws Exception {
        ChromeDriver adviser = openNetwork("adviser");
        Path downloads = Browser.downloadsOf(adviser);

        Vaadin.click(adviser, By.id("download-png"));
        byte[] png = Files.readAllBytes(Browser.downloaded(downloads, "weefsel-netwerk-" + LocalDate.now() + ".png"));
        assertThat(png).as("PNG bytes").hasSizeGreaterThan(10_000)
                .startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G', (byte) 0x0D, (byte) 0x0A, (byte) 0x1A, (byte) 0x0A);
        assertThat(new String(png, 12, 4, java.nio.charset.StandardCharsets.US_ASCII)).as("first chunk").isEqualTo("IHDR");
        assertThat(java.nio.ByteBuffer.wrap(png, 16, 4).getInt()).as("picture width").isGreaterThan(100);

        Vaadin.click(adviser, By.id("download-metrics"));
        JsonNode metrics = JsonMapper.builder().build().readTree(
                Files.readString(Browser.downloaded(downloads, "weefsel-analyse-" + LocalDate.now() + ".json")));
        int live = network.snapshot(NetworkFilter.wholeNetworkOn(LocalDate.now())).nodes().size();
        assertThat(metrics.get("graph").get("nodes").asInt()).isEqualTo(live);
        assertThat(metrics.get("nodes").size()).isEqualTo(live);
        assertThat(metrics.get("nodes").properties().iterator().next().getValue().has("betweenness")).isTrue();
    }

    private static void awaitEdge(ChromeDriver browser, String edgeId, boolean oneSided) {
        new WebDriverWait(browser, Vaadin.PATIENCE).until(d -> Boolean.valueOf(oneSided).equals(browser.executeScript("""
                const edge = document.querySelector('weefsel-network').cy.getElementById(arguments[0]);
                return edge.nonempty() ? edge.data('oneSided') : null;
                """, edgeId)));
    }

    private ChromeDriver openNetwork(String account) {
        ChromeDriver browser = Browser.start(1400, 900);
        browsers.add(browser);
        Browser.signIn(browser, "http://localhost:" + port + "/", account);
        browser.get("http://localhost:" + port + "/");
        new WebDriverWait(browser, Vaadin.PATIENCE).until(d -> {
            Object count = browser.executeScript(
                    "const g = document.querySelector('weefsel-network'); return g && g.dataset.nodes ? Number(g.dataset.nodes) : 0;");
            return ((Number) count).longValue() > 0;
        });
        return browser;
    }

    /** Cytoscape draws on a canvas: tap the node through its API, as a click on it does. */
    private static void tap(ChromeDriver browser, String nodeId) {
        browser.executeScript("document.querySelector('weefsel-network').cy.getElementById(arguments[0]).emit('tap')", nodeId);
    }
}
