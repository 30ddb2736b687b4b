package nl.weefsel.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import nl.weefsel.WeefselIntegrationTest;
import nl.weefsel.actor.ActorFilter;
import nl.weefsel.actor.ActorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The network view in a real headless Chromium against the running application. */
class NetworkViewBrowserTest extends WeefselIntegrationTest {

    @LocalServerPort int port;
    @Autowired ActorService actors;
    @Autowired nl.weefsel.funding.FundingService funding;

    private ChromeDriver browser;

    @BeforeEach
    void openBrowser() {
        assumeTrue(Browser.isInstalled(), "Chromium and chromedriver are not installed (.ci/run installs them)");
        browser = Browser.start(1400, 900);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void the_network_view_draws_every_demo_actor() throws Exception {
        Browser.signIn(browser, "http://localhost:" + port + "/", "adviser");

        long drawn = waitForDrawnNodes();

        assertThat(drawn).isEqualTo(actors.count());
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Het culturele netwerk");
        Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, Path.of("target", "network-view.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void clicking_a_node_shows_that_actors_details() {
        Browser.signIn(browser, "http://localhost:" + port + "/", "coordinator");
        waitForDrawnNodes();
        var skvr = actors.list(ActorFilter.ALL).stream().filter(actor -> actor.name().equals("SKVR")).findFirst().orElseThrow();

        // Cytoscape draws on a canvas: tap the node through its API, as a click on it does.
        browser.executeScript("document.querySelector('weefsel-network').cy.getElementById(arguments[0]).emit('tap')", skvr.id());

        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver ->
                driver.findElement(By.id("actor-details")).getText().contains("SKVR"));
        assertThat(browser.findElement(By.id("actor-details")).getText()).contains("Centrum voor kunsteducatie");
    }

    @Test
    void funding_flows_are_drawn_over_the_network_on_request() {
        Browser.signIn(browser, "http://localhost:" + port + "/", "adviser");
        waitForDrawnNodes();
        var actorIds = actors.list(ActorFilter.ALL).stream().map(nl.weefsel.actor.Actor::id).collect(java.util.stream.Collectors.toSet());
        long flows = nl.weefsel.base.SystemIdentity.call(() -> funding.flows(actorIds, java.util.List.of(), java.time.LocalDate.now())).stream()
                .filter(flow -> flow.recipientActorId() != null && actorIds.contains(flow.funderId())
                        && actorIds.contains(flow.recipientActorId()))
                .count();
        assertThat(moneyEdges()).isZero();

        browser.findElement(By.id("network-money")).click();

        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> moneyEdges() > 0);
        assertThat(flows).as("the demo's funding between actors").isPositive();
        assertThat(moneyEdges()).isEqualTo(flows);
        Object arrow = browser.executeScript(
                "return document.querySelector('weefsel-network').cy.edges('[?money]')[0].style('target-arrow-shape')");
        assertThat(arrow).isEqualTo("triangle");
    }

    private long moneyEdges() {
        Object count = browser.executeScript("const g = document.querySelector('weefsel-network');"
                + " return g && g.cy ? g.cy.edges('[?money]').length : 0;");
        return ((Number) count).longValue();
    }

    private long waitForDrawnNodes() {
        return new WebDriverWait(browser, Duration.ofSeconds(60)).until(driver -> {
            Object count = browser.executeScript(
                    "const g = document.querySelector('weefsel-network'); return g && g.dataset.nodes ? Number(g.dataset.nodes) : null;");
            return count == null || ((Number) count).longValue() == 0 ? null : ((Number) count).longValue();
        });
    }
}
