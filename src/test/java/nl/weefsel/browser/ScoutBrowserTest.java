package nl.weefsel.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import nl.weefsel.WeefselIntegrationTest;
import nl.weefsel.area.AreaService;
import nl.weefsel.initiative.Initiative;
import nl.weefsel.initiative.InitiativeService;
import nl.weefsel.initiative.InitiativeStatus;
import nl.weefsel.initiative.Need;
import nl.weefsel.initiative.NeedService;
import nl.weefsel.initiative.NeedStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A wijkverkenner on a phone, 360 × 740 CSS pixels, signed in through the demo provider's real redirect flow. */
class ScoutBrowserTest extends WeefselIntegrationTest {

    @LocalServerPort int port;
    @Autowired NeedService needs;
    @Autowired InitiativeService initiatives;
    @Autowired AreaService areas;

    private ChromeDriver phone;

    @BeforeEach
    void openPhone() {
        assumeTrue(Browser.isInstalled(), "Chromium and chromedriver are not installed (.ci/run installs them)");
        phone = Browser.startPhone(360, 740);
        Browser.signIn(phone, "http://localhost:" + port + "/", "scout");
    }

    @AfterEach
    void closePhone() {
        if (phone != null) {
            phone.quit();
        }
    }

    @Test
    void a_scout_registers_a_need_in_the_preselected_wijk() throws Exception {
        String charlois = areas.findByCode("WK059915").orElseThrow().id();
        phone.get("http://localhost:" + port + "/scout?wijk=WK059915");
        Vaadin.await(phone, By.id("scout-save"));
        assertThat(Vaadin.valueOf(phone, By.cssSelector("vaadin-combo-box"))).isNotEmpty();
        Long pageWidth = (Long) phone.executeScript("return document.documentElement.scrollWidth");
        assertThat(pageWidth).as("no sideways scrolling").isLessThanOrEqualTo(360L);

        Vaadin.type(phone, By.id("scout-title"), "Dansles voor meiden van 12 tot 16");
        Vaadin.click(phone, By.xpath("//vaadin-checkbox[normalize-space(.)='Jongeren']"));
        CollaborationBrowserTest.screenshot(phone, "scout-view.png");
        Vaadin.click(phone, By.id("scout-save"));

        Need need = new WebDriverWait(phone, Vaadin.PATIENCE).until(d -> needs.list(charlois).stream()
                .filter(n -> n.title().equals("Dansles voor meiden van 12 tot 16")).findFirst().orElse(null));
        assertThat(need.status()).isEqualTo(NeedStatus.OPEN);
        assertThat(need.targetGroups()).containsExactly(nl.weefsel.base.TargetGroup.YOUTH);
        assertThat(need.heardOn()).isEqualTo(java.time.LocalDate.now());
    }

    @Test
    void a_scout_registers_an_initiative_in_their_other_wijk() {
        String feijenoord = areas.findByCode("WK059903").orElseThrow().id();
        String name = "Buurtkoor op woensdag " + Long.toString(System.nanoTime(), 36);
        phone.get("http://localhost:" + port + "/scout?wijk=WK059903");
        Vaadin.await(phone, By.id("scout-save"));

        Vaadin.click(phone, By.xpath("//vaadin-radio-button[normalize-space(.)='Een initiatief']"));
        new WebDriverWait(phone, Vaadin.PATIENCE).until(d -> "Naam van het initiatief".equals(
                Vaadin.await(d, By.id("scout-title")).getDomProperty("label")));
        Vaadin.type(phone, By.id("scout-title"), name);
        Vaadin.click(phone, By.xpath("//vaadin-checkbox[normalize-space(.)='Ouderen']"));
        Vaadin.click(phone, By.id("scout-save"));

        Initiative initiative = new WebDriverWait(phone, Vaadin.PATIENCE).until(d -> initiatives.list(feijenoord).stream()
                .filter(i -> i.name().equals(name)).findFirst().orElse(null));
        assertThat(initiative.status()).isEqualTo(InitiativeStatus.ACTIVE);
        assertThat(initiative.targetGroups()).containsExactly(nl.weefsel.base.TargetGroup.ELDERLY);
        assertThat(initiative.audit().createdBy()).isEqualTo("scout");
        assertThat(needs.list(feijenoord)).noneMatch(need -> need.title().equals(name));
    }
}
