package nl.weefsel.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import nl.weefsel.WeefselIntegrationTest;
import nl.weefsel.actor.Actor;
import nl.weefsel.actor.ActorData;
import nl.weefsel.actor.ActorKind;
import nl.weefsel.actor.ActorService;
import nl.weefsel.partnership.Partnership;
import nl.weefsel.area.AreaService;
import nl.weefsel.partnership.PartnershipService;
import nl.weefsel.security.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A coordinator ties two actors in the network view; a colleague's network view shows the tie at once. */
class NetworkEditingBrowserTest extends WeefselIntegrationTest {

    @LocalServerPort int port;
    @Autowired ActorService actors;
    @Autowired PartnershipService partnerships;
    @Autowired AreaService areas;

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
