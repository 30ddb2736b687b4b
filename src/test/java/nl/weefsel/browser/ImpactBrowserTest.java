package nl.weefsel.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.weefsel.WeefselIntegrationTest;
import nl.weefsel.actor.ActorData;
import nl.weefsel.actor.ActorKind;
import nl.weefsel.actor.ActorService;
import nl.weefsel.area.AreaService;
import nl.weefsel.base.SystemIdentity;
import nl.weefsel.base.Validity;
import nl.weefsel.impact.ImpactMoment;
import nl.weefsel.impact.ImpactOwner;
import nl.weefsel.initiative.InitiativeData;
import nl.weefsel.initiative.InitiativeService;
import nl.weefsel.initiative.InitiativeStatus;
import nl.weefsel.security.TestUsers;
import nl.weefsel.security.WeefselRole;
import nl.weefsel.impact.ImpactService;
import nl.weefsel.impact.Story;
import nl.weefsel.partnership.Intensity;
import nl.weefsel.partnership.PartnershipData;
import nl.weefsel.partnership.PartnershipService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A partner (Dewi of SKVR) records a moment and a story for SKVR's trajectory with a school and sees them on its impact page. */
class ImpactBrowserTest extends WeefselIntegrationTest {

    @LocalServerPort int port;
    @Autowired ImpactService impact;
    @Autowired ActorService actors;
    @Autowired AreaService areas;
    @Autowired PartnershipService partnerships;
    @Autowired InitiativeService initiatives;

    private ChromeDriver browser;
    private String tieId;

    @BeforeEach
    void aTrajectoryOfSkvrWithASchool() {
        assumeTrue(Browser.isInstalled(), "Chromium and chromedriver are not installed (.ci/run installs them)");
        tieId = SystemIdentity.call(() -> {
            String wijk = areas.findByCode("WK059903").orElseThrow().id();
            var school = actors.create(ActorData.of("Browserschool " + UUID.randomUUID().toString().substring(0, 8), ActorKind.SCHOOL, wijk));
            return partnerships.create(PartnershipData.collaboration("demo-skvr", school.id(), Intensity.COOPERATION)).id();
        });
        browser = Browser.start(1280, 900);
        Browser.signIn(browser, "http://localhost:" + port + "/", "partner");
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void a_partner_records_a_moment_and_a_story_and_sees_them_on_the_partnerships_impact_page() throws Exception {
        browser.get("http://localhost:" + port + "/ties/" + tieId + "/impact");
        Vaadin.click(browser, By.id("impact-moment-new"));
        Vaadin.type(browser, By.id("impact-moment-label"), "Nulmeting browsertest");
        Vaadin.type(browser, By.id("impact-moment-participants"), "137");
        Vaadin.click(browser, By.id("impact-moment-save"));

        new WebDriverWait(browser, Vaadin.PATIENCE).until(d -> Vaadin.gridShows(d, "137"));
        assertThat(Vaadin.gridShows(browser, "Nulmeting browsertest")).isTrue();

        Vaadin.click(browser, By.id("impact-story-new"));
        Vaadin.type(browser, By.id("impact-story-perspective"), "Ouder");
        Vaadin.type(browser, By.id("impact-story-text"), "Ze zong thuis het hele lied na.");
        Vaadin.type(browser, By.id("impact-story-consent-by"), "ouder van een leerling");
        Vaadin.click(browser, By.id("impact-story-save"));

        Vaadin.await(browser, By.xpath("//p[contains(., 'Ze zong thuis het hele lied na.')]"));
        CollaborationBrowserTest.screenshot(browser, "impact-view.png");
        ImpactMoment moment = SystemIdentity.call(() -> impact.moments(nl.weefsel.impact.ImpactOwner.partnership(tieId))).getFirst();
        assertThat(moment.counts().participants()).isEqualTo(137);
        assertThat(moment.sharing().isPrivate()).as("private by default").isTrue();
        Story story = SystemIdentity.call(() -> impact.stories(nl.weefsel.impact.ImpactOwner.partnership(tieId))).getFirst();
        assertThat(story.perspective()).isEqualTo(nl.weefsel.impact.Perspective.PARENT);
        assertThat(story.consentBy()).isEqualTo("ouder van een leerling");
    }

    @Test
    void the_demo_trajectory_shows_its_change_over_time_and_prints_a_one_page_summary() throws Exception {
        String demoTie = partnerships.ofActor("demo-school-vo-1").stream().filter(tie -> tie.involves("demo-skvr"))
                .findFirst().orElseThrow().id();
        browser.get("http://localhost:" + port + "/ties/" + demoTie + "/impact");

        new WebDriverWait(browser, Vaadin.PATIENCE).until(d -> Vaadin.gridShows(d,
                "372 · +62 (+20%) t.o.v. vorige · +324 (+675%) t.o.v. nulmeting"));
        assertThat(Vaadin.gridShows(browser, "61 · +26 (+74,3%) t.o.v. vorige · +61 (vanaf 0, geen %) t.o.v. nulmeting")).isTrue();
        CollaborationBrowserTest.screenshot(browser, "impact-demo.png");
        Vaadin.click(browser, By.xpath("//vaadin-button[normalize-space(.)='Delen…']"));
        var municipality = Vaadin.await(browser, By.xpath("//vaadin-checkbox[contains(., 'gemeente')]"));
        assertThat(browser.executeScript("return arguments[0].shadowRoot != null", municipality)).as("the checkbox is rendered").isEqualTo(true);
        CollaborationBrowserTest.screenshot(browser, "impact-share.png");

        browser.get("http://localhost:" + port + "/impact");
        Vaadin.click(browser, By.xpath("//a[starts-with(normalize-space(.), 'Schooltraject') and contains(., 'SKVR') and contains(., 'VO-school 1')]"));
        new WebDriverWait(browser, Vaadin.PATIENCE).until(d -> d.getCurrentUrl().endsWith("/ties/" + demoTie + "/impact"));
        browser.get("http://localhost:" + port + "/impact");
        Vaadin.await(browser, By.tagName("vaadin-grid"));
        CollaborationBrowserTest.screenshot(browser, "impact-overview.png");

        browser.get("http://localhost:" + port + "/ties/" + demoTie + "/impact/summary");
        Vaadin.await(browser, By.xpath("//td[normalize-space(.)='+324 (+675%)']"));
        CollaborationBrowserTest.screenshot(browser, "impact-summary.png");
    }

    @Test
    void a_partner_counts_an_initiative_it_runs_and_shares_a_report_that_the_municipality_then_sees() throws Exception {
        String initiativeId = SystemIdentity.call(() -> initiatives.register(new InitiativeData("Browseratelier "
                + UUID.randomUUID().toString().substring(0, 8), null, areas.findByCode("WK059903").orElseThrow().id(), "demo-skvr",
                Set.of(), Set.of(), InitiativeStatus.ACTIVE, Validity.ALWAYS)).id());
        ImpactOwner owner = ImpactOwner.initiative(initiativeId);
        browser.get("http://localhost:" + port + "/initiatives/" + initiativeId + "/impact");
        Vaadin.await(browser, By.xpath("//h1[contains(., 'initiatief Browseratelier')]"));
        Vaadin.click(browser, By.id("impact-moment-new"));
        Vaadin.type(browser, By.id("impact-moment-label"), "Start atelier");
        Vaadin.type(browser, By.id("impact-moment-participants"), "25");
        Vaadin.click(browser, By.id("impact-moment-save"));
        new WebDriverWait(browser, Vaadin.PATIENCE).until(d -> Vaadin.gridShows(d, "Start atelier"));
        assertThat(TestUsers.as("coordinator-browser", WeefselRole.COORDINATOR, List.of("GM0599"), null, () -> impact.moments(owner)))
                .as("private until shared").isEmpty();

        assertThat(Accessibility.seriousViolations(browser, Set.of())).as("the impact page, axe-core").isEmpty();
        var downloads = Browser.downloadsOf(browser);
        Vaadin.click(browser, By.cssSelector("a[download='impact-tellen.csv']"));
        String counts = java.nio.file.Files.readString(Browser.downloaded(downloads, "impact-tellen.csv"));
        assertThat(counts).startsWith("\uFEFFmoment;kind;date;order;measure;value;").contains("Start atelier;BASELINE;")
                .contains(";participants;25;");
        Vaadin.click(browser, By.id("impact-report-new"));
        Vaadin.type(browser, By.id("impact-report-title"), "Rapport browsertest");
        assertThat(Accessibility.seriousViolations(browser, Set.of())).as("the report dialog, axe-core").isEmpty();
        CollaborationBrowserTest.screenshot(browser, "impact-report-dialog.png");
        Vaadin.click(browser, By.id("impact-report-share"));
        new WebDriverWait(browser, Vaadin.PATIENCE).until(d -> Vaadin.gridShows(d, "1 meetmoment, 0 verhalen"));

        assertThat(TestUsers.as("coordinator-browser", WeefselRole.COORDINATOR, List.of("GM0599"), null, () -> impact.moments(owner)))
                .extracting(ImpactMoment::label).containsExactly("Start atelier");
        assertThat(SystemIdentity.call(() -> impact.moments(owner)).getFirst().sharing().isPrivate())
                .as("the moment itself stays unshared; the report carries it").isTrue();
        Vaadin.click(browser, By.linkText("Rapport browsertest"));
        Vaadin.await(browser, By.xpath("//h1[contains(., 'Rapport browsertest — initiatief Browseratelier')]"));
        Vaadin.await(browser, By.xpath("//th[normalize-space(.)='Start atelier']"));
        CollaborationBrowserTest.screenshot(browser, "impact-report.png");
    }
}
