package nl.weefsel.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import nl.weefsel.WeefselIntegrationTest;
import nl.weefsel.actor.ActorData;
import nl.weefsel.actor.ActorKind;
import nl.weefsel.actor.ActorService;
import nl.weefsel.actor.SchoolType;
import nl.weefsel.area.AreaData;
import nl.weefsel.area.AreaLevel;
import nl.weefsel.area.AreaService;
import nl.weefsel.base.ConcurrentEditException;
import nl.weefsel.base.Discipline;
import nl.weefsel.base.TargetGroup;
import nl.weefsel.base.Validity;
import nl.weefsel.initiative.InitiativeData;
import nl.weefsel.initiative.InitiativeService;
import nl.weefsel.initiative.InitiativeStatus;
import nl.weefsel.initiative.NeedData;
import nl.weefsel.initiative.NeedService;
import nl.weefsel.partnership.Intensity;
import nl.weefsel.partnership.PartnershipData;
import nl.weefsel.partnership.PartnershipService;
import nl.weefsel.partnership.TieKind;
import nl.weefsel.role.AssignmentBasis;
import nl.weefsel.role.RoleAssignmentData;
import nl.weefsel.role.RoleAssignmentService;
import nl.weefsel.role.RoleService;
import nl.weefsel.security.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every core record survives a round trip through the real (embedded) Neo4j. */
class PersistenceTest extends WeefselIntegrationTest {

    @Autowired AreaService areas;
    @Autowired ActorService actors;
    @Autowired RoleService roles;
    @Autowired RoleAssignmentService assignments;
    @Autowired PartnershipService partnerships;
    @Autowired InitiativeService initiatives;
    @Autowired NeedService needs;

    @BeforeEach
    void signIn() {
        TestUsers.signInAsAdmin("anna");
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void an_area_keeps_its_level_code_population_and_parent() {
        var rotterdam = areas.findByCode("GM0599").orElseThrow();
        var wijk = areas.create(AreaData.of(AreaLevel.WIJK, "WK059999", "Testwijk", rotterdam.id())
                .withPopulation(12_345, 2024, "CBS"));

        var read = areas.find(wijk.id()).orElseThrow();

        assertThat(read.level()).isEqualTo(AreaLevel.WIJK);
        assertThat(read.code()).isEqualTo("WK059999");
        assertThat(read.population()).isEqualTo(12_345);
        assertThat(read.populationYear()).isEqualTo(2024);
        assertThat(read.populationSource()).isEqualTo("CBS");
        assertThat(read.parentId()).isEqualTo(rotterdam.id());
        assertThat(areas.selfAndAncestorIds(wijk.id())).contains(rotterdam.id());
        assertThat(read.audit().createdAt()).isNotNull();
    }

    @Test
    void an_actor_keeps_its_kind_school_type_areas_and_audit() {
        var wijk = areas.findByCode("WK059903").orElseThrow();
        var data = new ActorData("Testschool", ActorKind.SCHOOL, SchoolType.VO, "Een school", "https://example.org",
                "12345678", wijk.id(), Set.of(wijk.id()), null, Set.of(Discipline.MUSIC), Set.of(TargetGroup.YOUTH));

        var created = actors.create(data);
        var read = actors.find(created.id()).orElseThrow();

        assertThat(ActorData.from(read)).isEqualTo(data);
        assertThat(read.version()).isEqualTo(created.version());
        assertThat(read.audit().createdBy()).isEqualTo("anna");
        assertThat(read.audit().createdAt()).isNotNull();
    }

    @Test
    void role_assignments_and_ties_keep_their_facts_and_provenance() {
        var wijk = areas.findByCode("WK059910").orElseThrow();
        var a = actors.create(ActorData.of("Test-atelier", ActorKind.MAKER, wijk.id()));
        var b = actors.create(ActorData.of("Test-bibliotheek", ActorKind.LIBRARY, wijk.id()));
        var role = roles.all().getFirst();
        var validity = new Validity(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31));

        var assignment = assignments.assign(new RoleAssignmentData(a.id(), role.id(), wijk.id(), AssignmentBasis.CLAIMED,
                validity, "interview 2025", null));
        var tie = partnerships.create(new PartnershipData(a.id(), b.id(), TieKind.KNOWLEDGE_SHARING, Intensity.COORDINATION,
                true, false, validity, false, "convenant", "notitie"));

        var readAssignment = assignments.find(assignment.id()).orElseThrow();
        assertThat(readAssignment.basis()).isEqualTo(AssignmentBasis.CLAIMED);
        assertThat(readAssignment.validity()).isEqualTo(validity);
        assertThat(readAssignment.provenance().source()).isEqualTo("interview 2025");
        var readTie = partnerships.find(tie.id()).orElseThrow();
        assertThat(readTie.kind()).isEqualTo(TieKind.KNOWLEDGE_SHARING);
        assertThat(readTie.intensity()).isEqualTo(Intensity.COORDINATION);
        assertThat(readTie.writtenAgreement()).isTrue();
        assertThat(readTie.fixedContactPerson()).isFalse();
        assertThat(readTie.isOneSided()).isTrue();
        assertThat(readTie.provenance().source()).isEqualTo("convenant");
        assertThat(partnerships.ofActor(b.id())).extracting(p -> p.id()).contains(tie.id());
    }

    @Test
    void a_need_can_be_answered_by_an_initiative() {
        var wijk = areas.findByCode("WK059915").orElseThrow();
        var initiative = initiatives.register(new InitiativeData("Testinitiatief", null, wijk.id(), null,
                Set.of(TargetGroup.YOUTH), Set.of(Discipline.DANCE), InitiativeStatus.ACTIVE, Validity.ALWAYS));
        var need = needs.register(NeedData.heard("Dansles voor tieners", wijk.id(), Set.of(TargetGroup.YOUTH),
                Set.of(Discipline.DANCE), LocalDate.of(2026, 3, 1)));
        assertThat(need.isUnanswered()).isTrue();

        var answered = needs.update(need.id(), need.version(), new NeedData(need.title(), null, wijk.id(),
                need.targetGroups(), need.disciplines(), need.status(), need.heardOn(), Set.of(initiative.id()), Set.of()));

        assertThat(needs.find(need.id()).orElseThrow().answeredByInitiativeIds()).containsExactly(initiative.id());
        assertThat(answered.isUnanswered()).isFalse();
    }

    @Test
    void a_save_based_on_an_old_version_is_refused_and_changes_nothing() {
        var wijk = areas.findByCode("WK059903").orElseThrow();
        var actor = actors.create(ActorData.of("Versietest", ActorKind.MAKER, wijk.id()));
        var first = actors.update(actor.id(), actor.version(), new ActorData("Versietest (Anna)", ActorKind.MAKER,
                null, null, null, null, wijk.id(), Set.of(), null, Set.of(), Set.of()));

        assertThatThrownBy(() -> actors.update(actor.id(), actor.version(), ActorData.of("Versietest (Bram)",
                ActorKind.MAKER, wijk.id())))
                .isInstanceOf(ConcurrentEditException.class);

        var stored = actors.find(actor.id()).orElseThrow();
        assertThat(stored.name()).isEqualTo("Versietest (Anna)");
        assertThat(stored.version()).isEqualTo(first.version());
    }
}
