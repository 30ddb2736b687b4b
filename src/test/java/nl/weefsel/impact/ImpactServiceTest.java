package nl.weefsel.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.weefsel.actor.ActorData;
import nl.weefsel.actor.ActorKind;
import nl.weefsel.base.InvalidInputException;
import nl.weefsel.base.NotFoundException;
import nl.weefsel.security.TestUsers;
import nl.weefsel.security.WeefselRole;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/** Impact records on the real database: private until shared, for every role; consent; history; checklist. */
class ImpactServiceTest extends ImpactIntegrationTest {

    private List<String> visibleLabels(Supplier<List<ImpactMoment>> read) {
        return read.get().stream().map(ImpactMoment::label).toList();
    }

    @Test
    void an_unshared_moment_is_seen_by_the_partnerships_parties_and_admins_only() {
        asPartnerOf(f.partnerName(), () -> impact.recordMoment(f.owner(), ImpactFixture.moment(MomentKind.BASELINE, "Nulmeting", 0, 40)));

        assertThat(asPartnerOf(f.partnerName(), () -> visibleLabels(() -> impact.moments(f.owner())))).containsExactly("Nulmeting");
        assertThat(asPartnerOf(f.schoolName(), () -> visibleLabels(() -> impact.moments(f.owner())))).containsExactly("Nulmeting");
        assertThat(as(WeefselRole.ADMIN, List.of("PV28"), () -> visibleLabels(() -> impact.moments(f.owner())))).containsExactly("Nulmeting");
        assertThat(asPartnerOf(f.neighbourName(), () -> impact.moments(f.owner()))).isEmpty();
        assertThat(asPartnerOf(f.funderName(), () -> impact.moments(f.owner()))).isEmpty();
        assertThat(as(WeefselRole.COORDINATOR, List.of("GM0599"), () -> impact.moments(f.owner()))).isEmpty();
        assertThat(as(WeefselRole.ADVISER, List.of("PV28"), () -> impact.moments(f.owner()))).isEmpty();
        assertThat(as(WeefselRole.SCOUT, List.of("WK059903"), () -> impact.moments(f.owner()))).isEmpty();
    }

    @Test
    void sharing_with_the_municipality_opens_a_record_to_its_coordinators_and_advisers_only() {
        var moment = asPartnerOf(f.partnerName(), () -> impact.recordMoment(f.owner(), ImpactFixture.moment(MomentKind.BASELINE, "Nulmeting", 0, 40)));
        asPartnerOf(f.schoolName(), () -> impact.shareMoment(f.owner(), moment.id(), moment.version(), new Sharing(true, null)));

        assertThat(as(WeefselRole.COORDINATOR, List.of("GM0599"), () -> visibleLabels(() -> impact.moments(f.owner())))).containsExactly("Nulmeting");
        assertThat(as(WeefselRole.ADVISER, List.of("PV28"), () -> visibleLabels(() -> impact.moments(f.owner())))).containsExactly("Nulmeting");
        assertThat(as(WeefselRole.COORDINATOR, List.of("GM0363"), () -> impact.moments(f.owner()))).as("another municipality").isEmpty();
        assertThat(as(WeefselRole.SCOUT, List.of("WK059903"), () -> impact.moments(f.owner()))).isEmpty();
        assertThat(asPartnerOf(f.funderName(), () -> impact.moments(f.owner()))).isEmpty();
    }

    @Test
    void sharing_with_a_named_funder_opens_a_story_to_that_funders_users_and_the_history_says_who_shared_it() {
        var story = asPartnerOf(f.partnerName(), () -> impact.recordStory(f.owner(), ImpactFixture.story("Mijn zoon zingt thuis.")));
        assertThat(asPartnerOf(f.funderName(), () -> impact.stories(f.owner()))).isEmpty();

        asPartnerOf(f.partnerName(), () -> impact.shareStory(f.owner(), story.id(), story.version(), new Sharing(false, f.funder())));

        assertThat(asPartnerOf(f.funderName(), () -> impact.stories(f.owner()))).extracting(Story::text).containsExactly("Mijn zoon zingt thuis.");
        assertThat(as(WeefselRole.COORDINATOR, List.of("GM0599"), () -> impact.stories(f.owner()))).isEmpty();
        var entries = TestUsers.as("reader", WeefselRole.ADMIN, List.of("PV28"), null, () -> history.ofRecord(story.id()));
        assertThat(entries).hasSize(2);
        assertThat(entries).anySatisfy(entry -> {
            assertThat(entry.by()).isEqualTo("partner-" + f.partnerName());
            assertThat(entry.fields()).anySatisfy(field -> assertThat(field.field()).isEqualTo("sharedWithFunderId"));
        });
        assertThat(entries.toString()).as("the story's text stays out of the history").doesNotContain("zingt");
    }

    @Test
    void only_the_partnerships_parties_and_admins_record_impact() {
        assertThatThrownBy(() -> asPartnerOf(f.neighbourName(), () -> impact.recordMoment(f.owner(),
                ImpactFixture.moment(MomentKind.BASELINE, "Nulmeting", 0, 40)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(WeefselRole.COORDINATOR, List.of("GM0599"), () -> impact.recordStory(f.owner(),
                ImpactFixture.story("Tekst")))).isInstanceOf(AccessDeniedException.class);
        assertThat(as(WeefselRole.ADMIN, List.of("PV28"), () -> impact.recordMoment(f.owner(),
                ImpactFixture.moment(MomentKind.BASELINE, "Nulmeting", 0, 40))).owner()).isEqualTo(f.owner());
    }

    @Test
    void a_record_of_another_partnership_cannot_be_changed_through_ones_own() {
        var other = ImpactFixture.create(areas, actors, partnerships);
        var foreign = asPartnerOf(other.partnerName(), () -> impact.recordMoment(other.owner(),
                ImpactFixture.moment(MomentKind.BASELINE, "Van een ander", 0, 10)));

        assertThatThrownBy(() -> asPartnerOf(f.partnerName(), () -> impact.shareMoment(f.owner(), foreign.id(), foreign.version(),
                new Sharing(true, null)))).isInstanceOf(NotFoundException.class);
        assertThat(asPartnerOf(other.partnerName(), () -> impact.findMoment(foreign.id())).orElseThrow().sharing().isPrivate()).isTrue();
    }

    @Test
    void a_tie_with_impact_records_is_not_deleted_and_keeps_them() {
        var moment = asPartnerOf(f.partnerName(), () -> impact.recordMoment(f.owner(),
                ImpactFixture.moment(MomentKind.BASELINE, "Nulmeting", 0, 40)));

        assertThatThrownBy(() -> as(WeefselRole.ADMIN, List.of("PV28"), () -> {
            partnerships.delete(f.tie());
            return null;
        })).isInstanceOf(nl.weefsel.base.InvalidInputException.class).hasMessageContaining("impact records");

        assertThat(as(WeefselRole.ADMIN, List.of("PV28"), () -> partnerships.find(f.tie()))).isPresent();
        assertThat(as(WeefselRole.ADMIN, List.of("PV28"), () -> impact.moments(f.owner())))
                .extracting(ImpactMoment::id).containsExactly(moment.id());
    }

    @Test
    void a_story_without_recorded_consent_is_not_kept() {
        var noConsent = new StoryData(Perspective.PARTICIPANT, LocalDate.of(2026, 3, 1), "Ik durfde te zingen", true, null, " ", null);

        assertThatThrownBy(() -> asPartnerOf(f.partnerName(), () -> impact.recordStory(f.owner(), noConsent)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("consentBy");
        var noDate = new StoryData(Perspective.PARTICIPANT, LocalDate.of(2026, 3, 1), "Ik durfde te zingen", true, null, "leerling", null);
        assertThatThrownBy(() -> asPartnerOf(f.partnerName(), () -> impact.recordStory(f.owner(), noDate)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("consentOn");
        assertThat(asPartnerOf(f.partnerName(), () -> impact.stories(f.owner()))).isEmpty();
    }

    @Test
    void a_withdrawn_consent_removes_the_story() {
        var story = asPartnerOf(f.partnerName(), () -> impact.recordStory(f.owner(), ImpactFixture.story("Trots op het podium")));
        asPartnerOf(f.partnerName(), () -> {
            impact.deleteStory(f.owner(), story.id());
            return null;
        });
        assertThat(asPartnerOf(f.partnerName(), () -> impact.stories(f.owner()))).isEmpty();
    }

    @Test
    void counts_that_contradict_each_other_are_refused() {
        var wrong = new MomentData(MomentKind.BLOCK, "Blok 1", LocalDate.of(2026, 2, 1), 1,
                new Counts(10, 12, 0, 2, null, java.util.Set.of(), java.util.Set.of(), Map.of()), null);
        assertThatThrownBy(() -> asPartnerOf(f.partnerName(), () -> impact.recordMoment(f.owner(), wrong)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("uniqueParticipants");
    }

    @Test
    void the_checklist_fills_in_what_the_network_knows_and_keeps_the_answers_given_by_hand() {
        TestUsers.as("admin-impact", WeefselRole.ADMIN, List.of("PV28"), null, () -> actors.create(new ActorData("ICC'er " + f.schoolName(),
                ActorKind.PERSON, null, null, null, null, null, java.util.Set.of(), f.school(), java.util.Set.of(), java.util.Set.of())));
        asPartnerOf(f.partnerName(), () -> impact.recordMoment(f.owner(), ImpactFixture.moment(MomentKind.BASELINE, "Nulmeting", 0, 40)));

        Checklist checklist = asPartnerOf(f.schoolName(), () -> checklists.checklist(f.tie()));

        assertThat(checklist.group()).isEqualTo(SchoolGroup.GO);
        assertThat(status(checklist, ChecklistItem.FIXED_FACES)).isEqualTo(new ChecklistEntry(ChecklistItem.FIXED_FACES, CheckStatus.YES, "tie.fixedContactPerson"));
        assertThat(status(checklist, ChecklistItem.WRITTEN_AGREEMENT).status()).isEqualTo(CheckStatus.NO);
        assertThat(status(checklist, ChecklistItem.CONTINUITY_WITH_BACKUP).status()).as("one person, no back-up").isEqualTo(CheckStatus.PARTLY);
        assertThat(status(checklist, ChecklistItem.CYCLICAL_MONITORING).status()).as("a baseline only").isEqualTo(CheckStatus.PARTLY);
        assertThat(checklist.entries()).extracting(ChecklistEntry::item).contains(ChecklistItem.EMOTION_REGULATION)
                .doesNotContain(ChecklistItem.RECOGNITION);

        Checklist answered = asPartnerOf(f.schoolName(), () -> checklists.answer(f.tie(), 0, null,
                Map.of(ChecklistItem.PARENT_COMMUNICATION, CheckStatus.YES)));
        assertThat(status(answered, ChecklistItem.PARENT_COMMUNICATION).status()).isEqualTo(CheckStatus.YES);
        assertThatThrownBy(() -> asPartnerOf(f.schoolName(), () -> checklists.answer(f.tie(), answered.version(), null,
                Map.of(ChecklistItem.FIXED_FACES, CheckStatus.NO)))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> asPartnerOf(f.neighbourName(), () -> checklists.checklist(f.tie()))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_csv_exports_hold_only_what_the_user_may_see() {
        asPartnerOf(f.partnerName(), () -> impact.recordMoment(f.owner(), ImpactFixture.moment(MomentKind.BASELINE, "Nulmeting", 0, 40)));
        asPartnerOf(f.partnerName(), () -> impact.recordMoment(f.owner(), ImpactFixture.moment(MomentKind.QUARTER, "Q1", 1, 50)));
        asPartnerOf(f.partnerName(), () -> impact.recordStory(f.owner(), ImpactFixture.story("=HYPERLINK(\"x\")")));

        String moments = asPartnerOf(f.schoolName(), () -> csv.moments(f.owner()));
        assertThat(moments).startsWith("\uFEFFmoment;kind;date;order;measure;value;change_previous")
                .contains("Q1;QUARTER;2026-02-15;1;participants;50;10;25.0;10;25.0;false;")
                .contains("Q1;QUARTER;2026-02-15;1;repeatParticipants;0;0;;0;;false;");
        assertThat(asPartnerOf(f.schoolName(), () -> csv.stories(f.owner()))).contains("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(asPartnerOf(f.neighbourName(), () -> csv.moments(f.owner())).lines().count()).as("the header only").isEqualTo(1);
        assertThat(as(WeefselRole.COORDINATOR, List.of("GM0599"), () -> csv.stories(f.owner())).lines().count()).isEqualTo(1);
    }

    private static ChecklistEntry status(Checklist checklist, ChecklistItem item) {
        return checklist.entries().stream().filter(entry -> entry.item() == item).findFirst().orElseThrow();
    }
}
