package nl.weefsel.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
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
import nl.weefsel.role.AssignmentBasis;
import nl.weefsel.role.RoleAssignmentData;
import nl.weefsel.role.RoleAssignmentFilter;
import nl.weefsel.role.RoleAssignmentService;
import nl.weefsel.role.RoleService;
import nl.weefsel.security.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * While a save moves a record's end, one statement can see the old and the new relationship at once
 * (Neo4j commits creations before deletions; DD005). The lists show such a record once: here the
 * second end is written by hand and stays, so what a reader could see for a moment is checked
 * every time.
 */
class ListsDuringAMoveTest extends WeefselIntegrationTest {

    @Autowired InitiativeService initiatives;
    @Autowired NeedService needs;
    @Autowired RoleAssignmentService assignments;
    @Autowired RoleService roles;
    @Autowired ActorService actors;
    @Autowired AreaService areas;
    @Autowired Neo4jClient neo4j;

    private String wijk;
    private String otherWijk;
    private String suffix;
    private final java.util.List<String> moved = new java.util.ArrayList<>();

    @BeforeEach
    void signIn() {
        TestUsers.signInAsAdmin("lists-test");
        wijk = areas.findByCode("WK059903").orElseThrow().id();
        otherWijk = areas.findByCode("WK059910").orElseThrow().id();
        suffix = UUID.randomUUID().toString().substring(0, 8);
    }

    /** A record with two ends is no state the application ever leaves behind: it goes before other tests read. */
    @AfterEach
    void removeTheMovedRecords() {
        neo4j.query("MATCH (n) WHERE n.id IN $ids DETACH DELETE n").bind(moved).to("ids").run();
        moved.clear();
        TestUsers.signOut();
    }

    @Test
    void an_initiative_seen_with_two_areas_and_two_runners_is_listed_once() {
        String runner = actors.create(ActorData.of("Verhuizer " + suffix, ActorKind.MAKER, wijk)).id();
        String next = actors.create(ActorData.of("Opvolger " + suffix, ActorKind.MAKER, wijk)).id();
        var initiative = initiatives.register(new InitiativeData("Verhuizend atelier " + suffix, null, wijk, runner, Set.of(),
                Set.of(), InitiativeStatus.ACTIVE, Validity.ALWAYS));
        secondEnd(initiative.id(), "IN_AREA", otherWijk);
        secondEnd(initiative.id(), "RUN_BY", next);

        assertThat(initiatives.list(null)).filteredOn(item -> item.id().equals(initiative.id())).hasSize(1);
        assertThat(initiatives.list(areas.findByCode("GM0599").orElseThrow().id()))
                .filteredOn(item -> item.id().equals(initiative.id())).hasSize(1);
    }

    @Test
    void a_need_seen_in_two_areas_is_listed_once() {
        var need = needs.register(new NeedData("Verhuizende behoefte " + suffix, null, wijk, Set.of(), Set.of(), NeedStatus.OPEN,
                null, Set.of(), Set.of()));
        secondEnd(need.id(), "IN_AREA", otherWijk);

        assertThat(needs.list(null)).filteredOn(item -> item.id().equals(need.id())).hasSize(1);
    }

    @Test
    void a_role_assignment_seen_with_two_holders_is_listed_once() {
        String holder = actors.create(ActorData.of("Houder " + suffix, ActorKind.CULTURAL_INSTITUTION, wijk)).id();
        String next = actors.create(ActorData.of("Nieuwe houder " + suffix, ActorKind.CULTURAL_INSTITUTION, wijk)).id();
        String role = roles.findByKey("OUT_OF_SCHOOL_EDUCATION").orElseThrow().id();
        var assignment = assignments.assign(new RoleAssignmentData(holder, role, wijk, AssignmentBasis.PRACTISED, Validity.ALWAYS,
                null, null));
        secondEnd(assignment.id(), "HELD_BY", next);

        assertThat(assignments.list(RoleAssignmentFilter.ALL)).filteredOn(item -> item.id().equals(assignment.id())).hasSize(1);
    }

    /** What a statement can see for a moment while a save moves an end: the new end beside the old one. */
    private void secondEnd(String recordId, String type, String targetId) {
        moved.add(recordId);
        neo4j.query("MATCH (n {id: $record}), (target {id: $target}) CREATE (n)-[:" + type + "]->(target)")
                .bindAll(Map.of("record", recordId, "target", targetId)).run();
    }
}
