package nl.weefsel.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.weefsel.base.InvalidInputException;
import nl.weefsel.base.Validity;
import nl.weefsel.initiative.InitiativeData;
import nl.weefsel.initiative.InitiativeService;
import nl.weefsel.initiative.InitiativeStatus;
import nl.weefsel.security.WeefselRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Impact records of initiatives, shared reports and what deleting an owner does, on the real
 * database: the same privacy as for partnerships, for every role (DD009).
 */
class ImpactOwnersAndReportsTest extends ImpactIntegrationTest {

    @Autowired InitiativeService initiatives;
    @Autowired Neo4jClient neo4j;
    @Autowired ImpactOverview overview;

    /** An initiative in the fixture's wijk, run by the cultural partner. */
    private ImpactOwner initiativeRunByThePartner() {
        var initiative = as(WeefselRole.ADMIN, List.of("PV28"), () -> initiatives.register(new InitiativeData(
                "Impactatelier " + f.partnerName(), null, areas.findByCode("WK059903").orElseThrow().id(), f.partner(),
                Set.of(), Set.of(), InitiativeStatus.ACTIVE, Validity.ALWAYS)));
        return ImpactOwner.initiative(initiative.id());
    }

    private static List<String> labels(List<ImpactMoment> moments) {
        return moments.stream().map(ImpactMoment::label).toList();
    }

    @Test
    void an_initiatives_counts_are_kept_by_the_actor_that_runs_it_and_shared_like_a_partnerships() {
        ImpactOwner atelier = initiativeRunByThePartner();
        var moment = asPartnerOf(f.partnerName(), () -> impact.recordMoment(atelier, ImpactFixture.moment(MomentKind.BASELINE, "Start", 0, 12)));

        assertThat(moment.owner()).isEqualTo(atelier);
        assertThat(labels(asPartnerOf(f.partnerName(), () -> impact.moments(atelier)))).containsExactly("Start");
        assertThat(labels(as(WeefselRole.ADMIN, List.of("PV28"), () -> impact.moments(atelier)))).containsExactly("Start");
        assertThat(asPartnerOf(f.schoolName(), () -> impact.moments(atelier))).as("the school is no party to the initiative").isEmpty();
        assertThat(as(WeefselRole.COORDINATOR, List.of("GM0599"), () -> impact.moments(atelier))).isEmpty();
        assertThatThrownBy(() -> asPartnerOf(f.schoolName(), () -> impact.recordMoment(atelier,
                ImpactFixture.moment(MomentKind.BLOCK, "Blok", 1, 20)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(WeefselRole.COORDINATOR, List.of("GM0599"), () -> impact.recordStory(atelier,
                ImpactFixture.story("Tekst")))).isInstanceOf(AccessDeniedException.class);

        asPartnerOf(f.partnerName(), () -> impact.shareMoment(atelier, moment.id(), moment.version(), new Sharing(true, null)));

        assertThat(labels(as(WeefselRole.COORDINATOR, List.of("GM0599"), () -> impact.moments(atelier)))).containsExactly("Start");
        assertThat(labels(as(WeefselRole.ADVISER, List.of("PV28"), () -> impact.moments(atelier)))).containsExactly("Start");
        assertThat(as(WeefselRole.COORDINATOR, List.of("GM0518"), () -> impact.moments(atelier))).as("another municipality").isEmpty();
        assertThat(as(WeefselRole.SCOUT, List.of("WK059903"), () -> impact.moments(atelier))).isEmpty();
        assertThat(impact.moments(ImpactOwner.partnership(atelier.id()))).as("an initiative's id is no tie").isEmpty();
    }

    @Test
    void a_shared_report_shows_its_reader_the_records_of_its_period_as_they_were_chosen_and_nothing_else() {
        var before = asPartnerOf(f.partnerName(), () -> impact.recordMoment(f.owner(), ImpactFixture.moment(MomentKind.BASELINE, "Nulmeting", 0, 40)));
        asPartnerOf(f.partnerName(), () -> impact.recordMoment(f.owner(), ImpactFixture.moment(MomentKind.BLOCK, "Blok 1", 1, 60)));
        asPartnerOf(f.partnerName(), () -> impact.recordMoment(f.owner(), ImpactFixture.moment(MomentKind.BLOCK, "Blok 5", 5, 90)));
        asPartnerOf(f.partnerName(), () -> impact.recordStory(f.owner(), ImpactFixture.story("Ze zingt thuis.")));
        // moments fall on 15 January + order months: the period holds the baseline and block 1, not block 5
        var period = new ReportData("Eerste blok", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), false);

        var report = asPartnerOf(f.schoolName(), () -> impact.shareReport(f.owner(), period, new Sharing(false, f.funder())));
        asPartnerOf(f.partnerName(), () -> impact.recordMoment(f.owner(), ImpactFixture.moment(MomentKind.QUARTER, "Later toegevoegd", 1, 70)));

        assertThat(report.momentIds()).hasSize(2);
        assertThat(report.storyIds()).as("stories were not asked for").isEmpty();
        assertThat(labels(asPartnerOf(f.funderName(), () -> impact.moments(f.owner())))).containsExactly("Nulmeting", "Blok 1");
        assertThat(asPartnerOf(f.funderName(), () -> impact.stories(f.owner()))).isEmpty();
        assertThat(asPartnerOf(f.funderName(), () -> impact.report(report.id())).orElseThrow().trend().moments())
                .extracting(ImpactMoment::label).containsExactly("Nulmeting", "Blok 1");
        assertThat(asPartnerOf(f.funderName(), () -> csv.moments(f.owner()))).contains("Blok 1").doesNotContain("Blok 5")
                .doesNotContain("Later toegevoegd");
        assertThat(asPartnerOf(f.funderName(), () -> impact.findMoment(before.id()))).isPresent();
        assertThat(asPartnerOf(f.partnerName(), () -> impact.findMoment(before.id())).orElseThrow().sharing().isPrivate())
                .as("each record keeps its own sharing").isTrue();
        // nobody else gains anything from a report shared with a funder
        assertThat(as(WeefselRole.COORDINATOR, List.of("GM0599"), () -> impact.moments(f.owner()))).isEmpty();
        assertThat(as(WeefselRole.COORDINATOR, List.of("GM0599"), () -> impact.reports(f.owner()))).isEmpty();
        assertThat(asPartnerOf(f.neighbourName(), () -> impact.report(report.id()))).isEmpty();
        assertThat(asPartnerOf(f.partnerName(), () -> impact.reports(f.owner()))).extracting(ImpactReport::title).containsExactly("Eerste blok");

        asPartnerOf(f.partnerName(), () -> impact.withdrawReport(f.owner(), report.id()));

        assertThat(asPartnerOf(f.funderName(), () -> impact.moments(f.owner()))).isEmpty();
        assertThat(asPartnerOf(f.funderName(), () -> impact.report(report.id()))).isEmpty();
        var entries = as(WeefselRole.ADMIN, List.of("PV28"), () -> history.ofRecord(report.id()));
        assertThat(entries).as("shared, then withdrawn").hasSize(2);
        assertThat(entries).anySatisfy(entry -> assertThat(entry.by()).isEqualTo("partner-" + f.schoolName()));
    }

    @Test
    void a_report_with_stories_carries_them_and_loses_a_story_whose_consent_was_withdrawn() {
        asPartnerOf(f.partnerName(), () -> impact.recordMoment(f.owner(), ImpactFixture.moment(MomentKind.BASELINE, "Nulmeting", 0, 40)));
        var story = asPartnerOf(f.partnerName(), () -> impact.recordStory(f.owner(), ImpactFixture.story("Trots op het podium.")));
        var report = asPartnerOf(f.partnerName(), () -> impact.shareReport(f.owner(),
                new ReportData("Schooljaar", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), true), new Sharing(true, null)));

        assertThat(as(WeefselRole.COORDINATOR, List.of("GM0599"), () -> impact.stories(f.owner()))).extracting(Story::text)
                .containsExactly("Trots op het podium.");
        assertThat(as(WeefselRole.ADVISER, List.of("PV28"), () -> impact.report(report.id())).orElseThrow().stories()).hasSize(1);

        asPartnerOf(f.partnerName(), () -> impact.deleteStory(f.owner(), story.id()));

        assertThat(as(WeefselRole.COORDINATOR, List.of("GM0599"), () -> impact.report(report.id())).orElseThrow().stories()).isEmpty();
        assertThat(as(WeefselRole.COORDINATOR, List.of("GM0599"), () -> impact.moments(f.owner()))).hasSize(1);
    }

    @Test
    void a_report_needs_a_reader_a_sound_period_and_something_in_it_and_otherwise_nothing_is_written() {
        asPartnerOf(f.partnerName(), () -> impact.recordMoment(f.owner(), ImpactFixture.moment(MomentKind.BASELINE, "Nulmeting", 0, 40)));
        var year = new ReportData("Jaar", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), true);

        assertThatThrownBy(() -> asPartnerOf(f.partnerName(), () -> impact.shareReport(f.owner(), year, Sharing.PRIVATE)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("sharing");
        assertThatThrownBy(() -> asPartnerOf(f.partnerName(), () -> impact.shareReport(f.owner(),
                new ReportData("Achterstevoren", LocalDate.of(2026, 12, 31), LocalDate.of(2026, 1, 1), false), new Sharing(true, null))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("until");
        assertThatThrownBy(() -> asPartnerOf(f.partnerName(), () -> impact.shareReport(f.owner(),
                new ReportData("Leeg", LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31), true), new Sharing(true, null))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("nothing was recorded");
        assertThatThrownBy(() -> asPartnerOf(f.partnerName(), () -> impact.shareReport(f.owner(),
                new ReportData(" ", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), false), new Sharing(true, null))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("title");
        assertThatThrownBy(() -> as(WeefselRole.COORDINATOR, List.of("GM0599"), () -> impact.shareReport(f.owner(), year,
                new Sharing(true, null)))).isInstanceOf(AccessDeniedException.class);

        assertThat(asPartnerOf(f.partnerName(), () -> impact.reports(f.owner()))).isEmpty();
    }

    @Test
    void a_deleted_tie_takes_its_hand_answered_checklist_with_it() {
        asPartnerOf(f.schoolName(), () -> checklists.answer(f.tie(), 0, null, Map.of(ChecklistItem.PREPARATION, CheckStatus.YES)));

        as(WeefselRole.ADMIN, List.of("PV28"), () -> {
            partnerships.delete(f.tie());
            return null;
        });

        assertThat(as(WeefselRole.ADMIN, List.of("PV28"), () -> history.ofRecord(f.tie()))).isNotEmpty();
        assertThat(checklistNodesOf(f.tie())).as("no checklist left without its tie").isZero();
    }

    @Test
    void an_initiative_with_counts_is_not_deleted_and_one_without_is() {
        ImpactOwner atelier = initiativeRunByThePartner();
        asPartnerOf(f.partnerName(), () -> impact.recordMoment(atelier, ImpactFixture.moment(MomentKind.BASELINE, "Start", 0, 12)));

        assertThatThrownBy(() -> as(WeefselRole.ADMIN, List.of("PV28"), () -> {
            initiatives.delete(atelier.id());
            return null;
        })).isInstanceOf(InvalidInputException.class).hasMessageContaining("impact records");
        assertThat(as(WeefselRole.ADMIN, List.of("PV28"), () -> initiatives.find(atelier.id()))).isPresent();

        ImpactOwner empty = initiativeRunByThePartner();
        as(WeefselRole.ADMIN, List.of("PV28"), () -> {
            initiatives.delete(empty.id());
            return null;
        });
        assertThat(as(WeefselRole.ADMIN, List.of("PV28"), () -> initiatives.find(empty.id()))).isEmpty();
    }

    @Test
    void the_overview_lists_what_a_user_keeps_and_what_was_shared_with_them_by_name_only() {
        ImpactOwner atelier = initiativeRunByThePartner();
        var moment = asPartnerOf(f.partnerName(), () -> impact.recordMoment(f.owner(), ImpactFixture.moment(MomentKind.BASELINE, "Nulmeting", 0, 40)));

        var partners = asPartnerOf(f.partnerName(), () -> overview.entries());
        assertThat(partners).filteredOn(entry -> entry.owner().equals(f.owner())).singleElement().satisfies(entry -> {
            assertThat(entry.type()).isEqualTo(ImpactOverview.OwnerType.SCHOOL_TRAJECTORY);
            assertThat(entry.name()).isEqualTo(f.partnerName() + " – " + f.schoolName());
            assertThat(entry.keeps()).isTrue();
            assertThat(entry.moments()).isEqualTo(1);
            assertThat(entry.lastCounted()).contains(moment.date());
        });
        assertThat(partners).filteredOn(entry -> entry.owner().equals(atelier)).singleElement()
                .satisfies(entry -> assertThat(entry.type()).isEqualTo(ImpactOverview.OwnerType.INITIATIVE));
        assertThat(asPartnerOf(f.neighbourName(), () -> overview.entries())).extracting(ImpactOverview.Entry::owner)
                .doesNotContain(f.owner(), atelier);
        assertThat(asPartnerOf(f.funderName(), () -> overview.entries())).extracting(ImpactOverview.Entry::owner)
                .doesNotContain(f.owner());

        asPartnerOf(f.partnerName(), () -> impact.shareMoment(f.owner(), moment.id(), moment.version(), new Sharing(false, f.funder())));

        assertThat(asPartnerOf(f.funderName(), () -> overview.entries())).filteredOn(entry -> entry.owner().equals(f.owner()))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.keeps()).isFalse();
                    assertThat(entry.moments()).isEqualTo(1);
                });
        assertThat(as(WeefselRole.COORDINATOR, List.of("GM0599"), () -> overview.entries())).extracting(ImpactOverview.Entry::owner)
                .doesNotContain(f.owner(), atelier);
    }

    private long checklistNodesOf(String partnershipId) {
        return neo4j.query("MATCH (c:ImpactChecklist {partnershipId: $id}) RETURN count(c) AS n").bind(partnershipId).to("id")
                .fetchAs(Long.class).one().orElseThrow();
    }
}
