package nl.weefsel.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import nl.weefsel.WeefselIntegrationTest;
import nl.weefsel.actor.ActorData;
import nl.weefsel.actor.ActorKind;
import nl.weefsel.actor.ActorService;
import nl.weefsel.area.AreaService;
import nl.weefsel.audit.HistoryService;
import nl.weefsel.base.InvalidInputException;
import nl.weefsel.base.Validity;
import nl.weefsel.partnership.Intensity;
import nl.weefsel.partnership.PartnershipData;
import nl.weefsel.partnership.PartnershipService;
import nl.weefsel.role.AssignmentBasis;
import nl.weefsel.role.RoleAssignmentData;
import nl.weefsel.role.RoleAssignmentService;
import nl.weefsel.role.RoleService;
import nl.weefsel.security.TestUsers;
import nl.weefsel.security.WeefselRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.access.AccessDeniedException;

/** A person's data: only with consent, exportable, and erasable without breaking the network. */
class PersonalDataTest extends WeefselIntegrationTest {

    @Autowired PersonalDataService personalData;
    @Autowired ActorService actors;
    @Autowired AreaService areas;
    @Autowired RoleService roles;
    @Autowired RoleAssignmentService assignments;
    @Autowired PartnershipService partnerships;
    @Autowired HistoryService history;
    @Autowired Neo4jClient neo4j;

    private String personId;
    private String assignmentId;
    private String tieId;

    @BeforeEach
    void aPersonWithARoleAndATie() {
        TestUsers.signInAsAdmin("eva");
        var wijk = areas.findByCode("WK059903").orElseThrow();
        var school = actors.create(ActorData.of("Privacyschool", ActorKind.SCHOOL, wijk.id()));
        var person = actors.create(new ActorData("ICC'er Privacyschool", ActorKind.PERSON, null, null, null, null,
                wijk.id(), java.util.Set.of(), school.id(), java.util.Set.of(), java.util.Set.of()));
        personId = person.id();
        assignmentId = assignments.assign(new RoleAssignmentData(personId, roles.all().getFirst().id(), wijk.id(),
                AssignmentBasis.PRACTISED, Validity.ALWAYS, "interview", null)).id();
        tieId = partnerships.create(PartnershipData.collaboration(personId, school.id(), Intensity.INTEGRATION)).id();
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void personal_data_without_consent_is_refused() {
        assertThatThrownBy(() -> personalData.record(personId, new PersonalDataInput("Fatima Jansen", "f@example.org", null, " ", null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("consent");
        assertThat(personalData.find(personId)).isEmpty();
    }

    @Test
    void an_export_holds_the_personal_data_roles_and_ties() {
        personalData.record(personId, new PersonalDataInput("Fatima Jansen", "f@example.org", "010-1234567",
                "formulier wijkverkenning", LocalDate.of(2026, 3, 1)));

        var export = personalData.export(personId);

        assertThat(export.personalData()).hasValueSatisfying(data -> {
            assertThat(data.fullName()).isEqualTo("Fatima Jansen");
            assertThat(data.consentSource()).isEqualTo("formulier wijkverkenning");
            assertThat(data.recordedBy()).isEqualTo("eva");
        });
        assertThat(export.roles()).extracting(r -> r.id()).containsExactly(assignmentId);
        assertThat(export.ties()).extracting(t -> t.id()).containsExactly(tieId);
    }

    @Test
    void erasure_removes_who_the_person_was_and_keeps_their_role_and_ties() {
        personalData.record(personId, new PersonalDataInput("Fatima Jansen", "f@example.org", null,
                "formulier wijkverkenning", LocalDate.of(2026, 3, 1)));

        personalData.erase(personId);

        assertThat(personalData.find(personId)).isEmpty();
        var person = actors.find(personId).orElseThrow();
        assertThat(person.name()).isEqualTo(PersonalDataService.ERASED_NAME);
        assertThat(person.kind()).isEqualTo(ActorKind.PERSON);
        assertThat(assignments.find(assignmentId)).isPresent();
        assertThat(partnerships.find(tieId)).isPresent();
    }

    @Test
    void erasure_scrubs_the_person_from_the_history_and_keeps_the_entries() {
        String unique = Long.toString(System.nanoTime(), 36);
        String name = "Fatima Jansen " + unique;
        String email = "fatima." + unique + "@example.org";
        String phone = "010-" + unique;
        var person = actors.find(personId).orElseThrow();
        actors.update(personId, person.version(), new ActorData(name, ActorKind.PERSON, null,
                "Contactpersoon " + name, null, null, person.locatedInId(), person.activeInIds(), person.affiliationId(),
                person.disciplines(), person.targetGroups()));
        var tie = partnerships.find(tieId).orElseThrow();
        partnerships.update(tieId, tie.version(), new PartnershipData(tie.fromActorId(), tie.toActorId(), tie.kind(),
                Intensity.COORDINATION, false, false, tie.validity(), true, null, "afspraak met " + name + ", " + phone));
        personalData.record(personId, new PersonalDataInput(name, email, phone, "formulier wijkverkenning", LocalDate.of(2026, 3, 1)));
        int ownEntries = history.ofRecord(personId).size();

        personalData.erase(personId);

        for (String personal : List.of(name, email, phone, unique)) {
            assertThat(neo4j.query("""
                    MATCH (c:Change) WHERE c.label CONTAINS $text OR c.fields CONTAINS $text
                                        OR c.before CONTAINS $text OR c.after CONTAINS $text
                    RETURN count(c)""").bind(personal).to("text").fetchAs(Long.class).one()).as(personal).contains(0L);
        }
        var entries = history.ofRecord(personId);
        assertThat(entries).hasSize(ownEntries + 1); // the erasure itself is a change, too
        assertThat(entries).allSatisfy(entry -> assertThat(entry.label()).isEqualTo(PersonalDataService.ERASED_NAME));
        assertThat(entries).anySatisfy(entry -> {
            assertThat(entry.by()).isEqualTo("eva");
            assertThat(entry.fields()).anySatisfy(field -> assertThat(field.field()).isEqualTo("description"));
        });
        assertThat(history.ofRecord(tieId)).anySatisfy(entry -> assertThat(entry.fields())
                .anySatisfy(field -> assertThat(field.field()).isEqualTo("note")));
    }

    @Test
    void only_an_administrator_exports_or_erases() {
        TestUsers.signIn("anna", WeefselRole.COORDINATOR, List.of("GM0599"), null);

        assertThatThrownBy(() -> personalData.export(personId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> personalData.erase(personId)).isInstanceOf(AccessDeniedException.class);
        assertThat(actors.find(personId).orElseThrow().name()).isEqualTo("ICC'er Privacyschool");
    }
}
