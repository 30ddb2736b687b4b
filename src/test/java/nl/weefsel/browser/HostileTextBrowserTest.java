package nl.weefsel.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import nl.weefsel.WeefselIntegrationTest;
import nl.weefsel.actor.ActorData;
import nl.weefsel.actor.ActorKind;
import nl.weefsel.actor.ActorService;
import nl.weefsel.area.AreaService;
import nl.weefsel.security.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A label that is HTML shows as the literal text in the list and the network, and runs nothing. */
class HostileTextBrowserTest extends WeefselIntegrationTest {

    static final String HTML = "<img src=x onerror=alert(1)> Atelier";

    @LocalServerPort int port;
    @Autowired ActorService actors;
    @Autowired AreaService areas;

    private ChromeDriver browser;

    @BeforeEach
    void openBrowser() {
        assumeTrue(Browser.isInstalled(), "Chromium and chromedriver are not installed (.ci/run installs them)");
        TestUsers.signInAsAdmin("anna");
        if (actors.list(new nl.weefsel.actor.ActorFilter(HTML, java.util.Set.of(), null)).isEmpty()) {
            actors.create(ActorData.of(HTML, ActorKind.MAKER, areas.findByCode("WK059903").orElseThrow().id()));
        }
        TestUsers.signOut();
        browser = Browser.start(1400, 900);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void an_html_name_shows_literally_in_the_actor_list_and_the_network() {
        Browser.signIn(browser, "http://localhost:" + port + "/actors", "coordinator");
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        var search = wait.until(driver -> driver.findElement(By.cssSelector("vaadin-text-field input")));
        search.sendKeys("onerror", Keys.ENTER);

        wait.until(driver -> driver.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .anyMatch(cell -> cell.getText().equals(HTML)));
        assertThat(browser.findElements(By.cssSelector("img[src='x']"))).isEmpty();
        assertNoAlert();

        browser.get("http://localhost:" + port + "/");
        Object label = wait.until(driver -> browser.executeScript("""
                const g = document.querySelector('weefsel-network');
                if (!g || !g.cy) return null;
                const node = g.cy.nodes().filter(n => n.data('label') && n.data('label').includes('onerror'));
                return node.nonempty() ? node.data('label') : null;"""));
        assertThat(label).isEqualTo(HTML);
        assertThat(browser.findElements(By.cssSelector("img[src='x']"))).isEmpty();
        assertNoAlert();
    }

    private void assertNoAlert() {
        try {
            browser.switchTo().alert();
            throw new AssertionError("an alert opened: the label ran as script");
        } catch (NoAlertPresentException expected) {
            // as it should be
        }
    }
}
