package nl.weefsel.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.weefsel.WeefselIntegrationTest;
import nl.weefsel.actor.Actor;
import nl.weefsel.actor.ActorData;
import nl.weefsel.actor.ActorKind;
import nl.weefsel.actor.ActorService;
import nl.weefsel.area.AreaService;
import nl.weefsel.audit.HistoryService;
import nl.weefsel.base.Validity;
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
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Two people in two browsers working on the same actor. */
class CollaborationBrowserTest extends WeefselIntegrationTest {

    @LocalServerPort int port;
    @Autowired ActorService actors;
    @Autowired HistoryService history;
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
    void an_actor_saved_in_one_browser_appears_in_the_other_without_reload() throws Exception {
        Actor actor = actors.create(ActorData.of("Gospelkoor Hillegersberg", ActorKind.COMMUNITY_INITIATIVE, delfshaven()));
        ChromeDriver anna = open("/actors", "coordinator");
        ChromeDriver bram = open("/actors", "admin");
        // the list holds every test's actors: filter it, as a user would, so the row is on screen
        Vaadin.type(anna, By.cssSelector("vaadin-text-field"), "Gospelkoor");
        Vaadin.type(bram, By.cssSelector("vaadin-text-field"), "Gospelkoor");
        new WebDriverWait(bram, Vaadin.PATIENCE).until(d -> Vaadin.gridShows(d, actor.name()));

        Vaadin.pickRow(anna, actor.name());
        Vaadin.type(anna, By.id("field-name"), "");
        Vaadin.click(anna, By.id("record-save"));
        new WebDriverWait(anna, Vaadin.PATIENCE).until(d -> "Vul dit in.".equals(anna.executeScript(
                "return arguments[0].errorMessage", d.findElement(By.id("field-name")))));
        assertThat(anna.findElement(By.id("field-name")).getDomAttribute("invalid")).isNotNull();
        Vaadin.type(anna, By.id("field-name"), "Gospelkoor Hillegersberg-Schiebroek");
        Vaadin.click(anna, By.id("record-save"));

        new WebDriverWait(bram, Vaadin.PATIENCE).until(d -> Vaadin.gridShows(d, "Gospelkoor Hillegersberg-Schiebroek"));
        assertThat(actors.find(actor.id())).get().extracting(Actor::name).isEqualTo("Gospelkoor Hillegersberg-Schiebroek");

        Vaadin.pickRow(bram, "Gospelkoor Hillegersberg-Schiebroek");
        Vaadin.click(bram, By.xpath("//vaadin-tab[normalize-space(.)='Geschiedenis']"));
        String history = Vaadin.await(bram, By.cssSelector(".weefsel-history")).getText();
        assertThat(history).contains("Gewijzigd: actor Gospelkoor Hillegersberg-Schiebroek")
                .contains("Naam: Gospelkoor Hillegersberg → Gospelkoor Hillegersberg-Schiebroek");
        screenshot(bram, "record-history.png");
    }

    @Test
    void the_second_of_two_concurrent_saves_gets_both_versions_and_the_choice() throws Exception {
        Actor actor = actors.create(ActorData.of("Brassband Charlois", ActorKind.COMMUNITY_INITIATIVE, delfshaven()));
        ChromeDriver anna = open("/actors", "coordinator");
        ChromeDriver bram = open("/actors", "admin");
        Vaadin.pickRow(anna, actor.name());
        Vaadin.pickRow(bram, actor.name());
        new WebDriverWait(bram, Vaadin.PATIENCE).until(d -> d.findElement(By.cssSelector(".weefsel-presence:not(#page-presence)"))
                .getText().contains("bekijkt dit ook"));

        Vaadin.type(bram, By.id("field-description"), "Repeteert op dinsdag in de Tarwewijk.");
        Vaadin.type(anna, By.id("field-name"), "Brassband Charlois-Zuid");
        Vaadin.click(anna, By.id("record-save"));
        new WebDriverWait(bram, Vaadin.PATIENCE).until(d -> d.findElement(By.cssSelector(".weefsel-notice")).isDisplayed());
        Vaadin.click(bram, By.id("record-save"));

        var conflict = Vaadin.await(bram, By.id("conflict-dialog"));
        new WebDriverWait(bram, Vaadin.PATIENCE).until(d -> Vaadin.gridShows(d, "Brassband Charlois-Zuid"));
        assertThat(Vaadin.gridShows(bram, "Brassband Charlois")).isTrue();
        assertThat(conflict).isNotNull();
        screenshot(bram, "conflict-dialog.png");
        Vaadin.click(bram, By.id("conflict-keep-mine"));

        new WebDriverWait(bram, Vaadin.PATIENCE).until(d -> actors.find(actor.id()).orElseThrow().description() != null);
        Actor saved = actors.find(actor.id()).orElseThrow();
        assertThat(saved.description()).isEqualTo("Repeteert op dinsdag in de Tarwewijk.");
        assertThat(saved.name()).isEqualTo("Brassband Charlois");
        assertThat(history.ofRecord(actor.id())).hasSize(3); // created, Anna's rename, Bram's overwrite: nothing lost from the record
    }

    @Test
    void a_one_sided_tie_in_the_list_is_confirmed_from_its_dialog() {
        Actor from = actors.create(ActorData.of("Dansgroep Voorstel Bospolder", ActorKind.COMMUNITY_INITIATIVE, delfshaven()));
        Actor to = actors.create(ActorData.of("Wijkcentrum Voorstel Bospolder", ActorKind.WELFARE, delfshaven()));
        Partnership proposed = partnerships.create(new PartnershipData(from.id(), to.id(), TieKind.COLLABORATION,
                Intensity.AWARENESS, false, false, Validity.ALWAYS, false, null, null));
        // the tie's own link (RecordLinks) opens its dialog over the ties list
        ChromeDriver coordinator = open("/ties?record=" + proposed.id(), "coordinator");
        Vaadin.await(coordinator, By.id("record-dialog"));
        Vaadin.click(coordinator, By.id("record-confirm"));

        new WebDriverWait(coordinator, Vaadin.PATIENCE).ignoring(NullPointerException.class)
                .until(d -> partnerships.find(proposed.id()).orElseThrow().confirmed());
        Partnership confirmed = partnerships.find(proposed.id()).orElseThrow();
        assertThat(List.of(confirmed.fromActorId(), confirmed.toActorId())).containsExactly(from.id(), to.id());
    }

    @Test
    void who_else_has_the_same_list_or_the_same_network_open_is_shown() {
        // the scout and the partner: accounts no other browser test leaves behind on these pages
        ChromeDriver anna = open("/ties", "partner");
        ChromeDriver bram = open("/ties", "scout");
        new WebDriverWait(bram, Vaadin.PATIENCE).until(d -> d.findElement(By.id("page-presence")).getText().contains("partner"));

        // (leaving by loading another page is not checked: the old page's UI may linger, see DD005)
        anna.get("http://localhost:" + port + "/");
        bram.get("http://localhost:" + port + "/");
        new WebDriverWait(bram, Vaadin.PATIENCE).until(d -> d.findElement(By.id("network-presence")).getText().contains("partner"));
        new WebDriverWait(anna, Vaadin.PATIENCE).until(d -> d.findElement(By.id("network-presence")).getText().contains("scout"));
    }

    private String delfshaven() {
        return areas.findByCode("WK059903").orElseThrow().id();
    }

    /** A browser signed in with one of the demo provider's accounts, showing {@code path}. */
    private ChromeDriver open(String path, String account) {
        ChromeDriver browser = Browser.start(1400, 900);
        browsers.add(browser);
        Browser.signIn(browser, "http://localhost:" + port + "/", account);
        browser.manage().timeouts().implicitlyWait(Duration.ZERO);
        browser.get("http://localhost:" + port + path);
        Vaadin.await(browser, By.tagName("vaadin-grid"));
        return browser;
    }

    static void screenshot(ChromeDriver browser, String name) throws java.io.IOException {
        Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, Path.of("target", name), StandardCopyOption.REPLACE_EXISTING);
    }
}
