package nl.weefsel.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import nl.weefsel.WeefselIntegrationTest;
import nl.weefsel.actor.ActorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The spreadsheet import view in headless Chromium: a sheet with a problem is shown, and nothing is imported. */
class ImportViewBrowserTest extends WeefselIntegrationTest {

    @LocalServerPort int port;
    @Autowired ActorService actors;
    @TempDir Path dir;

    private ChromeDriver browser;

    @BeforeEach
    void openBrowser() {
        assumeTrue(Browser.isInstalled(), "Chromium and chromedriver are not installed (.ci/run installs them)");
        browser = Browser.start(1400, 1000);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void an_uploaded_sheet_with_an_unknown_area_shows_the_problem_and_imports_nothing() throws Exception {
        Path sheet = dir.resolve("partners.csv");
        Files.writeString(sheet, """
                Naam;Soort;Gebied
                Buurtkoor De Lage Landen;Maker;WK059903
                Theater aan de Haven;Culturele instelling;WK999999
                """, StandardCharsets.UTF_8);
        long before = actors.count();

        uploadAndCheck("admin", sheet, "WK999999");

        assertThat(browser.findElement(By.id("import-summary")).getText()).contains("2 rijen, 1 probleem");
        assertThat(problemsText()).contains("3").contains("Gebied").contains("Onbekende gebiedscode: WK999999");
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), Path.of("target", "import-view.png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(browser.findElement(By.id("import-run")).getDomAttribute("disabled")).as("the import button is disabled")
                .isNotNull();
        assertThat(actors.count()).as("nothing was imported").isEqualTo(before);
    }

    @Test
    void a_coordinator_may_import_but_sees_a_row_outside_their_territory_as_a_problem() throws Exception {
        Path sheet = dir.resolve("werkgebied.csv");
        Files.writeString(sheet, """
                Naam;Soort;Gebied
                Buurtatelier Het Werkgebied;Maker;WK059903
                Provinciaal Gezelschap;Maker;PV28
                """, StandardCharsets.UTF_8);
        long before = actors.count();

        uploadAndCheck("coordinator", sheet, "PV28");

        assertThat(problemsText()).contains("3").contains("Gebied").contains("Buiten uw werkgebied: PV28");
        assertThat(browser.findElement(By.id("import-run")).getDomAttribute("disabled")).isNotNull();
        assertThat(actors.count()).as("nothing was imported").isEqualTo(before);
    }

    /** Signs in, uploads the sheet with the suggested mapping and waits for the preview to name the value. */
    private void uploadAndCheck(String account, Path sheet, String expectedInProblems) {
        var wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        Browser.signIn(browser, "http://localhost:" + port + "/", account);
        browser.get("http://localhost:" + port + "/import");
        var upload = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-upload")));
        upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")).sendKeys(sheet.toString());
        var check = wait.until(ExpectedConditions.elementToBeClickable(By.id("import-check")));
        browser.executeScript("arguments[0].scrollIntoView(); arguments[0].click();", check);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-problems")));
        wait.until(driver -> problemsText().contains(expectedInProblems));
    }

    private String problemsText() {
        return (String) browser.executeScript("""
                return Array.from(document.querySelectorAll('#import-problems vaadin-grid-cell-content'))
                    .map(cell => cell.textContent).join(' | ');""");
    }
}
