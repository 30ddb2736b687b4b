package nl.weefsel.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import nl.weefsel.WeefselIntegrationTest;
import nl.weefsel.coverage.CoverageService;
import nl.weefsel.security.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The coverage views in headless Chromium on the demo data, with the CBS boundaries of Rotterdam's wijken loaded. */
class CoverageViewsBrowserTest extends WeefselIntegrationTest {

    private static final Path ROTTERDAM_WIJKEN = Path.of("..", "shared", "data", "nl", "rotterdam-wijken.geojson");

    @LocalServerPort int port;
    @Autowired CoverageService coverage;

    private ChromeDriver browser;

    @BeforeEach
    void openBrowser() throws IOException {
        assumeTrue(Browser.isInstalled(), "Chromium and chromedriver are not installed (.ci/run installs them)");
        TestUsers.signInAsAdmin("coverage-test");
        try (InputStream in = Files.newInputStream(ROTTERDAM_WIJKEN)) {
            coverage.importBoundaries(in, 2022, "Kadaster / CBS");
        } finally {
            TestUsers.signOut();
        }
        browser = Browser.start(1400, 1000);
        Browser.signIn(browser, "http://localhost:" + port + "/", "adviser");
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void the_map_draws_the_21_wijken_of_rotterdam_and_saves_itself_as_png() throws IOException {
        open("coverage-map");

        Object shapes = waitFor(() -> browser.executeScript(
                "const m = document.querySelector('weefsel-area-map'); return m && m.dataset.shapes ? Number(m.dataset.shapes) : null;"));
        screenshot("coverage-map.png");
        browser.findElement(By.id("map-export-png")).click();
        Object exported = waitFor(() -> browser.executeScript("return document.querySelector('weefsel-area-map').dataset.exported || null;"));

        assertThat(((Number) shapes).intValue()).isEqualTo(21);
        assertThat(Long.parseLong(exported.toString())).as("length of the PNG data URL").isGreaterThan(1000);
        assertThat(text("area-comparison")).contains("Delfshaven", "Charlois");
        assertThat(browser.findElement(By.tagName("weefsel-area-map")).getAttribute("aria-label"))
                .as("other tests may add areas to Rotterdam").contains("21 van");
    }

    @Test
    void the_grey_zones_of_a_wijk_include_those_of_its_municipality_and_come_with_its_role_matrix() throws IOException {
        open("grey-zones?area=WK059903");
        waitFor(() -> text("grey-zones").contains("Delfshaven") ? true : null);
        waitFor(() -> browser.findElements(By.id("role-matrix")).isEmpty() ? null : true);
        screenshot("coverage-grey-zones.png");
        browser.executeScript("document.getElementById('role-matrix-panel').scrollIntoView()");
        screenshot("coverage-role-matrix.png");

        assertThat(text("grey-zones")).contains("Toegewezen tegenover praktijk of claim", "Financiering", "Netwerkfunctie (spin in het web)")
                .doesNotContain("Charlois");
        assertThat(text("role-matrix")).contains("Netwerkfunctie (spin in het web)", "Team Toekomst", "SKVR", "geclaimd");
        assertThat(text("role-overlaps")).contains("SKVR");
        assertThat(browser.executeScript("return getComputedStyle(document.querySelector('.weefsel-grey-zone')).backgroundColor;"))
                .as("a grey zone stands out in the matrix").isEqualTo("rgb(253, 226, 200)");
    }

    @Test
    void the_white_spots_list_starts_with_the_unanswered_needs() throws IOException {
        open("white-spots");

        waitFor(() -> text("white-spots").contains("Onbeantwoorde behoefte") ? true : null);
        screenshot("coverage-white-spots.png");

        assertThat(text("white-spots")).contains("Laagdrempelige cultuur voor arbeidsmigranten", "Mensen met een beperking");
    }

    @Test
    void the_continuity_list_and_the_brokers_table_show_who_the_network_hangs_on() throws IOException {
        open("continuity");
        waitFor(() -> text("continuity-risks").contains("Scharnierpunt") ? true : null);
        screenshot("coverage-continuity.png");
        assertThat(text("continuity-risks")).contains("School voor gespecialiseerd onderwijs 6", "buitenschools");

        open("brokers");
        waitFor(() -> text("brokers").contains("SKVR") ? true : null);
        screenshot("coverage-brokers.png");
    }

    @Test
    void a_finding_opens_the_record_behind_it_in_its_editing_view() throws IOException {
        open("grey-zones");
        waitFor(() -> text("grey-zones").contains("Quardin") ? true : null);

        browser.findElement(By.cssSelector("#grey-zones a.weefsel-record-link")).click();
        waitFor(() -> browser.findElements(By.id("record-dialog")).isEmpty() ? null : true);
        screenshot("coverage-record.png");

        assertThat(browser.getCurrentUrl()).contains("/roles?record=");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Wie heeft welke rol waar");
        Object shown = browser.executeScript(
                "return [...document.querySelectorAll('#record-dialog vaadin-combo-box')].map(box => box.inputElement.value).join(' | ')");
        assertThat(String.valueOf(shown)).contains("Quardin", "Charlois", "Wijkverkenning en behoeften ophalen");
    }

    @Test
    void a_link_to_a_record_that_is_gone_still_opens_the_list_with_a_message() {
        open("actors?record=no-such-actor");
        waitFor(() -> browser.findElements(By.tagName("vaadin-notification-card")).isEmpty() ? null : true);

        assertThat(browser.findElements(By.id("record-dialog"))).isEmpty();
        assertThat(browser.findElement(By.tagName("vaadin-notification-card")).getText()).contains("bestaat niet");
    }

    private void open(String route) {
        browser.get("http://localhost:" + port + "/" + route);
    }

    private String text(String id) {
        Object text = browser.executeScript("const e = document.getElementById(arguments[0]); return e ? e.innerText : '';", id);
        return text == null ? "" : text.toString();
    }

    private Object waitFor(java.util.function.Supplier<Object> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(60)).until(driver -> condition.get());
    }

    private void screenshot(String name) throws IOException {
        Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, Path.of("target", name), StandardCopyOption.REPLACE_EXISTING);
    }
}
