package nl.weefsel.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import nl.weefsel.WeefselIntegrationTest;
import nl.weefsel.actor.Actor;
import nl.weefsel.actor.ActorData;
import nl.weefsel.actor.ActorKind;
import nl.weefsel.actor.ActorService;
import nl.weefsel.area.AreaService;
import nl.weefsel.base.ConcurrentEditException;
import nl.weefsel.base.RecordChanged.Change;
import nl.weefsel.base.Validity;
import nl.weefsel.partnership.Intensity;
import nl.weefsel.partnership.Partnership;
import nl.weefsel.partnership.PartnershipData;
import nl.weefsel.partnership.PartnershipService;
import nl.weefsel.role.RoleAssignment;
import nl.weefsel.role.RoleAssignmentData;
import nl.weefsel.role.RoleAssignmentService;
import nl.weefsel.role.RoleService;
import nl.weefsel.role.AssignmentBasis;
import nl.weefsel.security.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every change through the services lands in the history, on the real embedded Neo4j. */
class HistoryRecordingTest extends WeefselIntegrationTest {

    @Autowired ActorService actors;
    @Autowired AreaService areas;
    @Autowired RoleService roles;
    @Autowired RoleAssignmentService assignments;
    @Autowired PartnershipService partnerships;
    @Autowired HistoryService history;

    @BeforeEach
    void signIn() {
        TestUsers.signInAsAdmin("eva");
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void changing_an_actor_records_who_when_and_each_field_before_and_after() {
        String delfshaven = areas.findByCode("WK059903").orElseThrow().id();
        Actor created = actors.create(ActorData.of("Koor De Schie", ActorKind.COMMUNITY_INITIATIVE, null));
        actors.update(created.id(), created.version(), ActorData.of("Koor Schiedamseweg", ActorKind.MAKER, delfshaven));

        List<ChangeEntry> entries = history.ofRecord(created.id());

        assertThat(entries).extracting(ChangeEntry::change).containsExactly(Change.UPDATED, Change.CREATED);
        ChangeEntry update = entries.getFirst();
        assertThat(update.kind()).isEqualTo("Actor");
        assertThat(update.label()).isEqualTo("Koor Schiedamseweg");
        assertThat(update.by()).isEqualTo("eva");
        assertThat(update.at()).isAfterOrEqualTo(entries.getLast().at());
        assertThat(update.fields()).containsExactlyInAnyOrder(
                new FieldChange("name", "text", List.of("Koor De Schie"), List.of("Koor Schiedamseweg")),
                new FieldChange("kind", "enum:ActorKind", List.of("COMMUNITY_INITIATIVE"), List.of("MAKER")),
                new FieldChange("locatedInId", "ref", List.of(), List.of("Delfshaven")));
    }

    @Test
    void ending_a_tie_keeps_it_and_records_the_last_day() {
        Actor a = actors.create(ActorData.of("Atelier Noord", ActorKind.MAKER, null));
        Actor b = actors.create(ActorData.of("Buurthuis Noord", ActorKind.WELFARE, null));
        Partnership tie = partnerships.create(PartnershipData.collaboration(a.id(), b.id(), Intensity.COOPERATION));

        partnerships.end(tie.id(), tie.version(), LocalDate.of(2026, 6, 30));

        assertThat(partnerships.find(tie.id())).get().extracting(Partnership::validity)
                .isEqualTo(new Validity(null, LocalDate.of(2026, 6, 30)));
        ChangeEntry ended = history.ofRecord(tie.id()).getFirst();
        assertThat(ended.change()).isEqualTo(Change.ENDED);
        assertThat(ended.label()).isEqualTo("Atelier Noord · Buurthuis Noord");
        assertThat(ended.fields()).containsExactly(
                new FieldChange("validity.until", "date", List.of(), List.of("2026-06-30")));
    }

    @Test
    void a_role_assignment_shows_actor_role_and_area_by_name_with_its_source() {
        Actor scout = actors.create(ActorData.of("Wijkverkenner Lotte", ActorKind.PERSON, null));
        var role = roles.findByKey("NEIGHBOURHOOD_SCOUTING").orElseThrow();
        String feijenoord = areas.findByCode("WK059910").orElseThrow().id();

        RoleAssignment assignment = assignments.assign(new RoleAssignmentData(scout.id(), role.id(), feijenoord,
                AssignmentBasis.PRACTISED, Validity.ALWAYS, "Gesprek met Quardin, mei 2026", null));

        ChangeEntry created = history.ofRecord(assignment.id()).getFirst();
        assertThat(created.label()).isEqualTo("Wijkverkenner Lotte · Wijkverkenning en behoeften ophalen · Feijenoord");
        assertThat(created.fields()).contains(
                new FieldChange("provenance.source", "text", List.of(), List.of("Gesprek met Quardin, mei 2026")),
                new FieldChange("basis", "enum:AssignmentBasis", List.of(), List.of("PRACTISED")));
    }

    @Test
    void the_history_of_a_deleted_record_stays_readable() {
        Actor gone = actors.create(ActorData.of("Tijdelijk Podium", ActorKind.CULTURAL_INSTITUTION, null));

        actors.delete(gone.id());

        assertThat(history.ofRecord(gone.id())).extracting(ChangeEntry::change, ChangeEntry::label)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Change.DELETED, "Tijdelijk Podium"),
                        org.assertj.core.groups.Tuple.tuple(Change.CREATED, "Tijdelijk Podium"));
        assertThat(history.recent(new HistoryFilter("Actor", "tijdelijk podium", 10))).hasSize(2);
    }

    @Test
    void a_save_based_on_an_outdated_version_is_refused_and_writes_nothing() {
        Actor read = actors.create(ActorData.of("Dansschool Zuid", ActorKind.MAKER, null));
        Actor theirs = actors.update(read.id(), read.version(), ActorData.of("Dansschool Zuid-Oost", ActorKind.MAKER, null));

        assertThatThrownBy(() -> actors.update(read.id(), read.version(), ActorData.of("Dansschool Z", ActorKind.MAKER, null)))
                .isInstanceOf(ConcurrentEditException.class);

        assertThat(actors.find(read.id())).get().extracting(Actor::name, Actor::version)
                .containsExactly("Dansschool Zuid-Oost", theirs.version());
        assertThat(history.ofRecord(read.id())).hasSize(2);
    }

    @Test
    void keeping_my_version_after_a_conflict_saves_it_on_top_of_theirs() {
        Actor read = actors.create(ActorData.of("Theater Oost", ActorKind.CULTURAL_INSTITUTION, null));
        Actor theirs = actors.update(read.id(), read.version(), ActorData.of("Theater Oost (oud)", ActorKind.CULTURAL_INSTITUTION, null));

        Actor mine = actors.update(read.id(), theirs.version(), ActorData.of("Theater Kralingen", ActorKind.CULTURAL_INSTITUTION, null));

        assertThat(mine.name()).isEqualTo("Theater Kralingen");
        assertThat(history.ofRecord(read.id()).getFirst().fields()).containsExactly(
                new FieldChange("name", "text", List.of("Theater Oost (oud)"), List.of("Theater Kralingen")));
    }
}
