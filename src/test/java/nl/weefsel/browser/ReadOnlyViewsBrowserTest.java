package nl.weefsel.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.LocalDate;
import java.util.Set;
import nl.weefsel.WeefselIntegrationTest;
import nl.weefsel.actor.ActorData;
import nl.weefsel.actor.ActorKind;
import nl.weefsel.actor.ActorService;
import nl.weefsel.area.AreaService;
import nl.weefsel.base.Validity;
import nl.weefsel.initiative.InitiativeData;
import nl.weefsel.initiative.InitiativeService;
import nl.weefsel.initiative.InitiativeStatus;
import nl.weefsel.initiative.NeedData;
import nl.weefsel.initiative.NeedService;
import nl.weefsel.initiative.NeedStatus;
import nl.weefsel.partnership.Intensity;
import nl.weefsel.partnership.PartnershipData;
import nl.weefsel.partnership.PartnershipService;
import nl.weefsel.role.AssignmentBasis;
import nl.weefsel.role.RoleAssignmentData;
import nl.weefsel.role.RoleAssignmentService;
import nl.weefsel.role.RoleService;
import nl.weefsel.security.TestUsers;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The views hide what a user may not do. The coordinator of Rotterdam sees "new" in every editing
 * list and save and delete on a record in Charlois; the adviser, who only reads, sees the same
 * record in a read-only form without them; the SKVR partner may save SKVR (not delete it) and only
 * read another actor. All sign in through the demo provider's redirect flow.
 */
class ReadOnlyViewsBrowserTest extends WeefselIntegrationTest {

    @LocalServerPort int port;
    @Autowired AreaService areas;
    @Autowired ActorService actors;
    @Autowired RoleService roles;
    @Autowired RoleAssignmentService assignments;
    @Autowired PartnershipService partnerships;
    @Autowired InitiativeService initiatives;
    @Autowired NeedService needs;

    /** One editing view: where it is, its "new" button, and how to open a record in it. */
    record EditingView(String path, String newButton, boolean ends, Opener opener) {
    }

    interface Opener {
        void open(WebDriver browser);
    }

    private String actorName;
    private String initiativeName;
    private String needTitle;

    @BeforeEach
    void recordsInCharlois() {
        assumeTrue(Browser.isInstalled(), "Chromium and chromedriver are not installed (.ci/run installs them)");
        String unique = Long.toString(System.nanoTime(), 36);
        actorName = "Leeskring " + unique;
        initiativeName = "Voorleesuur " + unique;
        needTitle = "Huiswerkhulp " + unique;
        TestUsers.signInAsAdmin("read-only-test");
        try {
            String charlois = areas.findByCode("WK059915").orElseThrow().id();
            var reader = actors.create(ActorData.of(actorName, ActorKind.COMMUNITY_INITIATIVE, charlois));
            var library = actors.create(ActorData.of("Buurtbieb " + unique, ActorKind.CULTURAL_INSTITUTION, charlois));
            assignments.assign(new RoleAssignmentData(reader.id(), roles.all().getFirst().id(), charlois,
                    AssignmentBasis.PRACTISED, Validity.ALWAYS, "test", null));
            partnerships.create(PartnershipData.collaboration(reader.id(), library.id(), Intensity.COOPERATION));
            initiatives.register(new InitiativeData(initiativeName, null, charlois, null, Set.of(), Set.of(),
                    InitiativeStatus.ACTIVE, Validity.ALWAYS));
            needs.register(new NeedData(needTitle, null, charlois, Set.of(), Set.of(), NeedStatus.OPEN, LocalDate.now(),
                    Set.of(), Set.of()));
        } finally {
            TestUsers.signOut();
        }
    }

    private java.util.List<EditingView> views() {
        return java.util.List.of(
                new EditingView("areas", "area-new", false, b -> filterAndPick(b, "Charlois", "Charlois")),
                new EditingView("actors", "actor-new", false, b -> filterAndPick(b, actorName, actorName)),
                new EditingView("roles", "assignment-new", true, b -> {
                    Vaadin.choose(b, By.cssSelector("vaadin-combo-box"), actorName);
                    openRow(b, actorName);
                }),
                new EditingView("ties", "tie-new", true, b -> {
                    Vaadin.choose(b, By.cssSelector("vaadin-combo-box"), actorName);
                    openRow(b, actorName);
                }),
                new EditingView("initiatives", "initiative-new", true, b -> filterAndPick(b, initiativeName, initiativeName)),
                new EditingView("needs", "need-new", false, b -> filterAndPick(b, needTitle, needTitle)));
    }

    @Test
    void a_coordinator_sees_new_save_and_delete_in_every_editing_view() {
        visitAll("coordinator", true);
    }

    @Test
    void an_adviser_finds_no_new_save_end_or_delete_and_read_only_forms() {
        visitAll("adviser", false);
    }

    @Test
    void a_partner_edits_their_own_organisation_but_not_others_and_cannot_delete_it() {
        ChromeDriver browser = Browser.start(1400, 1000);
        try {
            Browser.signIn(browser, base(), "partner");
            browser.get(base() + "actors");
            Vaadin.await(browser, By.cssSelector("vaadin-grid"));
            assertThat(Vaadin.shows(browser, "actor-new")).as("new actor").isFalse();

            filterAndPick(browser, "SKVR", "SKVR");
            assertThat(Vaadin.shows(browser, "record-save")).as("save on SKVR").isTrue();
            assertThat(Vaadin.shows(browser, "record-delete")).as("delete on SKVR").isFalse();
            assertThat(Vaadin.await(browser, By.id("field-name")).getDomAttribute("readonly")).isNull();
            Vaadin.click(browser, By.id("record-cancel"));
            new WebDriverWait(browser, Vaadin.PATIENCE).ignoring(StaleElementReferenceException.class)
                    .until(d -> !Vaadin.shows(d, "record-cancel"));

            filterAndPick(browser, actorName, actorName);
            assertThat(Vaadin.shows(browser, "record-save")).as("save on another actor").isFalse();
            assertThat(Vaadin.await(browser, By.id("field-name")).getDomAttribute("readonly")).isNotNull();
        } finally {
            browser.quit();
        }
    }

    private void visitAll(String account, boolean mayEdit) {
        ChromeDriver browser = Browser.start(1400, 1000);
        try {
            Browser.signIn(browser, base(), account);
            var softly = new SoftAssertions();
            softly.assertThat(menuShows(browser, "scout")).as("scout view in the menu").isEqualTo(mayEdit);
            softly.assertThat(menuShows(browser, "import")).as("import in the menu (coordinators import within their territory)")
                    .isEqualTo(mayEdit);
            for (EditingView view : views()) {
                try {
                    visit(browser, view, mayEdit, softly);
                } catch (RuntimeException | AssertionError e) {
                    CollaborationBrowserTest.screenshot(browser, "read-only-" + account + "-" + view.path() + ".png");
                    throw new AssertionError(account + " in " + view.path() + ": " + e.getMessage(), e);
                }
            }
            softly.assertAll();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            browser.quit();
        }
    }

    private void visit(WebDriver browser, EditingView view, boolean mayEdit, SoftAssertions softly) {
        browser.get(base() + view.path());
        Vaadin.await(browser, By.cssSelector("vaadin-grid"));
        softly.assertThat(Vaadin.shows(browser, view.newButton())).as(view.path() + ": new").isEqualTo(mayEdit);
        view.opener().open(browser);
        Vaadin.await(browser, By.id("record-cancel"));
        softly.assertThat(Vaadin.shows(browser, "record-save")).as(view.path() + ": save").isEqualTo(mayEdit);
        softly.assertThat(Vaadin.shows(browser, "record-delete")).as(view.path() + ": delete").isEqualTo(mayEdit);
        if (view.ends()) {
            softly.assertThat(Vaadin.shows(browser, "record-end")).as(view.path() + ": end").isEqualTo(mayEdit);
        }
        softly.assertThat(browser.findElements(By.cssSelector("[id^='field-']")))
                .as(view.path() + ": fields").isNotEmpty()
                .allSatisfy(field -> assertThat(field.getDomAttribute("readonly") != null)
                        .as(view.path() + " " + field.getDomAttribute("id") + " read-only").isEqualTo(!mayEdit));
        Vaadin.click(browser, By.id("record-cancel"));
        new WebDriverWait(browser, Vaadin.PATIENCE).ignoring(StaleElementReferenceException.class)
                .until(d -> !Vaadin.shows(d, "record-cancel"));
    }

    private static void filterAndPick(WebDriver browser, String filter, String row) {
        Vaadin.type(browser, By.cssSelector("vaadin-text-field"), filter);
        openRow(browser, row);
    }

    /** Picks the row until its dialog opens: a click on a row the grid is just replacing gets lost. */
    private static void openRow(WebDriver browser, String row) {
        for (int attempt = 1; ; attempt++) {
            Vaadin.pickRow(browser, row);
            try {
                new WebDriverWait(browser, java.time.Duration.ofSeconds(5)).ignoring(StaleElementReferenceException.class)
                        .until(d -> Vaadin.shows(d, "record-cancel"));
                return;
            } catch (org.openqa.selenium.TimeoutException notYet) {
                if (attempt == 3) {
                    throw notYet;
                }
            }
        }
    }

    private static boolean menuShows(WebDriver browser, String path) {
        Vaadin.await(browser, By.cssSelector("vaadin-side-nav-item"));
        return !browser.findElements(By.cssSelector("vaadin-side-nav-item[path$='" + path + "']")).isEmpty();
    }

    private String base() {
        return "http://localhost:" + port + "/";
    }
}
