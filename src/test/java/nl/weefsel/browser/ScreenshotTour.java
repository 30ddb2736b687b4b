package nl.weefsel.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import nl.weefsel.WeefselIntegrationTest;
import nl.weefsel.actor.ActorFilter;
import nl.weefsel.actor.ActorService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Takes the screenshots in docs/screenshots of the main views with the demo data, signed in as the
 * demo coordinator. Runs on request only: {@code ./mvnw verify -Dtest=ScreenshotTour -Dweefsel.screenshots=true}.
 */
@EnabledIfSystemProperty(named = "weefsel.screenshots", matches = "true")
class ScreenshotTour extends WeefselIntegrationTest {

    private static final Path TARGET = Path.of("docs", "screenshots");

    @LocalServerPort int port;
    @Autowired ActorService actors;

    @Test
    void take_the_screenshots_of_the_main_views() throws Exception {
        assumeTrue(Browser.isInstalled(), "Chromium and chromedriver are not installed");
        Files.createDirectories(TARGET);
        String base = "http://localhost:" + port;
        ChromeDriver browser = Browser.start(1400, 900);
        try {
            Browser.signIn(browser, base + "/", "coordinator");
            String skvr = actors.list(ActorFilter.ALL).stream().filter(a -> a.name().equals("SKVR")).findFirst().orElseThrow().id();
            browser.get(base + "/");
            Vaadin.await(browser, By.id("tie-mode"));
            Thread.sleep(2500);
            browser.executeScript("document.querySelector('weefsel-network').cy.getElementById(arguments[0]).emit('tap')", skvr);
            Vaadin.await(browser, By.id("actor-edit"));
            shoot(browser, "network.png");
            Vaadin.click(browser, By.id("actor-edit"));
            Vaadin.await(browser, By.id("record-dialog"));
            Thread.sleep(800);
            shoot(browser, "actor-dialog.png");
            for (String view : new String[] {"actors", "roles", "ties", "initiatives", "needs", "areas", "activity"}) {
                browser.get(base + "/" + view);
                Vaadin.await(browser, By.tagName("vaadin-grid"));
                Thread.sleep(1200);
                shoot(browser, view + ".png");
            }
        } finally {
            browser.quit();
        }
        ChromeDriver phone = Browser.startPhone(360, 740);
        try {
            Browser.signIn(phone, base + "/", "scout");
            phone.get(base + "/scout");
            Vaadin.await(phone, By.id("scout-save"));
            Thread.sleep(800);
            shoot(phone, "scout-phone.png");
        } finally {
            phone.quit();
        }
    }

    private static void shoot(ChromeDriver browser, String name) throws java.io.IOException {
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), TARGET.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
