package nl.weefsel.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.function.Supplier;
import nl.weefsel.WeefselIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The funding views in headless Chromium on the demo data, signed in as Rotterdam's coordinator. */
class FundingViewsBrowserTest extends WeefselIntegrationTest {

    @LocalServerPort int port;

    private ChromeDriver browser;

    @BeforeEach
    void openBrowser() {
        assumeTrue(Browser.isInstalled(), "Chromium and chromedriver are not installed (.ci/run installs them)");
        browser = Browser.start(1400, 1000);
        Browser.signIn(browser, "http://localhost:" + port + "/", "coordinator");
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void the_coordinator_sees_the_ties_the_mix_similar_funders_and_money_per_area() throws IOException {
        open("funding");
        waitFor(() -> text("funding-grid").contains("Stadsfonds voor Cultuur (demo)") ? true : null);
        screenshot("funding-list.png");
        Vaadin.click(browser, By.id("funding-new"));
        Vaadin.type(browser, By.id("field-amount"), "0");
        Vaadin.click(browser, By.id("record-save"));
        Object problem = waitFor(() -> browser.executeScript(
                "const f = document.getElementById('field-amount'); return f && f.invalid ? f.errorMessage : null;"));
        assertThat(problem).isEqualTo("Vul een bedrag groter dan € 0 in");

        open("funding/mix?initiative=demo-init-muziekatelier&on=2026-06-01");
        waitFor(() -> text("funding-mix-summary").contains("87,5%") ? true : null);
        screenshot("funding-mix.png");
        assertThat(text("funding-mix-summary").replace('\u00a0', ' ')).contains("€ 42.000,00", "€ 6.000,00");
        assertThat(text("funding-mix-grid")).contains("Crowdfundplatform Kunstkracht (demo)", "Matchfunding", "Eigen inkomsten");
        assertThat(browser.findElements(By.id("funding-budget-save"))).as("the coordinator may set the budget").isNotEmpty();

        open("funding/similar?subject=demo-init-wijkkoor");
        waitFor(() -> text("funding-similar-grid").contains("zelfde discipline") ? true : null);
        screenshot("funding-similar.png");
        assertThat(text("funding-similar-grid")).contains("Stadsfonds voor Cultuur (demo)", "financiert dit al");

        open("funding/areas");
        waitFor(() -> text("funding-areas-grid").contains("Charlois") ? true : null);
        screenshot("funding-areas.png");
        assertThat(text("funding-areas-summary")).contains("witte vlek");
    }

    private void open(String route) {
        browser.get("http://localhost:" + port + "/" + route);
    }

    private String text(String id) {
        Object text = browser.executeScript("const e = document.getElementById(arguments[0]); return e ? e.innerText : '';", id);
        return text == null ? "" : text.toString();
    }

    private Object waitFor(Supplier<Object> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(60)).until(driver -> condition.get());
    }

    private void screenshot(String name) throws IOException {
        Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, Path.of("target", name), StandardCopyOption.REPLACE_EXISTING);
    }
}
