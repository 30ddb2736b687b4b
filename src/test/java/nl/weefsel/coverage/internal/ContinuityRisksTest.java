package nl.weefsel.coverage.internal;

import static nl.weefsel.role.AssignmentBasis.ASSIGNED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import nl.weefsel.actor.ActorKind;
import nl.weefsel.area.AreaLevel;
import nl.weefsel.coverage.ActorRef;
import nl.weefsel.coverage.Broker;
import nl.weefsel.coverage.ContinuityRisk;
import nl.weefsel.coverage.ContinuityRiskKind;
import nl.weefsel.coverage.Sector;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ContinuityRisksTest {

    private final Fixture f = new Fixture();
    private String city;

    @BeforeEach
    void city() {
        city = f.area("city", AreaLevel.MUNICIPALITY, null, 100_000);
        f.role(ContinuityRisks.OUT_OF_SCHOOL_ROLE);
    }

    @Test
    void a_school_behind_one_partner_is_cut_off_when_that_partner_drops_out() {
        f.actor("school", ActorKind.SCHOOL, city);
        f.actor("partner", ActorKind.CULTURAL_INSTITUTION, city);
        f.actor("x", ActorKind.CULTURAL_INSTITUTION, city);
        f.actor("y", ActorKind.CULTURAL_INSTITUTION, city);
        f.tie("school", "partner");
        f.tie("partner", "x");
        f.tie("partner", "y");
        f.tie("x", "y");

        assertThat(risks(ContinuityRiskKind.ARTICULATION_POINT)).singleElement().satisfies(risk -> {
            assertThat(risk.actor().id()).isEqualTo("partner");
            assertThat(risk.cutOff()).extracting(ActorRef::id).containsExactly("school");
        });
        assertThat(risks(ContinuityRiskKind.SCHOOL_SINGLE_LINK)).singleElement()
                .satisfies(risk -> assertThat(risk.other().id()).isEqualTo("partner"));
        assertThat(risks(ContinuityRiskKind.BRIDGE)).as("a tie to an actor without other ties is listed with its articulation point")
                .isEmpty();
    }

    @Test
    void a_tie_that_alone_joins_two_groups_is_a_bridge_and_the_smaller_group_is_cut_off() {
        List.of("a", "b", "c", "d", "e").forEach(id -> f.actor(id, ActorKind.MAKER, city));
        f.tie("a", "b");
        f.tie("b", "c");
        f.tie("a", "c");
        f.tie("c", "d");
        f.tie("d", "e");
        f.tie("e", "c");
        f.actor("f", ActorKind.MAKER, city);
        f.actor("g", ActorKind.MAKER, city);
        f.tie("e", "f");
        f.tie("f", "g");

        ContinuityRisk bridge = risks(ContinuityRiskKind.BRIDGE).getFirst();

        assertThat(List.of(bridge.actor().id(), bridge.other().id())).containsExactlyInAnyOrder("e", "f");
        assertThat(bridge.tieId()).isEqualTo("tie-e-f");
        assertThat(bridge.cutOff()).extracting(ActorRef::id).containsExactly("f", "g");
    }

    @Test
    void a_school_without_a_tie_to_an_out_of_school_provider_is_a_risk_and_one_with_it_through_its_coordinator_is_not() {
        f.actor("provider", ActorKind.ARTS_EDUCATION_CENTRE, city);
        f.assign("provider", ContinuityRisks.OUT_OF_SCHOOL_ROLE, city, ASSIGNED);
        f.actor("museum", ActorKind.CULTURAL_INSTITUTION, city);
        f.actor("linked", ActorKind.SCHOOL, city);
        f.person("coordinator", "linked");
        f.tie("coordinator", "provider");
        f.actor("unlinked", ActorKind.SCHOOL, city);
        f.tie("unlinked", "museum");
        f.tie("museum", "provider");

        assertThat(risks(ContinuityRiskKind.SCHOOL_WITHOUT_OUT_OF_SCHOOL_TIE)).extracting(risk -> risk.actor().id())
                .containsExactly("unlinked");
    }

    @Test
    void the_runner_of_an_active_initiative_is_an_out_of_school_provider() {
        f.actor("runner", ActorKind.COMMUNITY_INITIATIVE, city);
        f.initiative("club", city, "runner", Set.of(), Set.of());
        f.actor("school", ActorKind.SCHOOL, city);
        f.tie("school", "runner");

        assertThat(risks(ContinuityRiskKind.SCHOOL_WITHOUT_OUT_OF_SCHOOL_TIE)).isEmpty();
    }

    @Test
    void an_actor_whose_contacts_all_know_each_other_is_in_a_closed_circle() {
        List.of("a", "b", "c", "d").forEach(id -> f.actor(id, ActorKind.MAKER, city));
        List.of(List.of("a", "b"), List.of("a", "c"), List.of("a", "d"), List.of("b", "c"), List.of("b", "d"), List.of("c", "d"))
                .forEach(pair -> f.tie(pair.get(0), pair.get(1)));

        // complete graph on 4 nodes: (1/3 + 2·1/9)² · 3 = 25/27
        assertThat(risks(ContinuityRiskKind.HIGH_CONSTRAINT)).hasSize(4)
                .allSatisfy(risk -> assertThat(risk.constraint()).isCloseTo(25.0 / 27.0, within(1e-12)));
    }

    @Test
    void a_broker_links_contacts_of_different_sectors_that_have_no_tie_of_their_own() {
        f.actor("school", ActorKind.SCHOOL, city);
        f.actor("welfare", ActorKind.WELFARE, city);
        f.actor("centre", ActorKind.ARTS_EDUCATION_CENTRE, city);
        f.actor("theatre", ActorKind.CULTURAL_INSTITUTION, city);
        f.tie("centre", "school");
        f.tie("centre", "welfare");
        f.tie("centre", "theatre");

        List<Broker> brokers = f.computation().brokers();

        assertThat(brokers).singleElement().satisfies(broker -> {
            assertThat(broker.actor().id()).isEqualTo("centre");
            assertThat(broker.brokeredPairs()).isEqualTo(3);
            assertThat(broker.sectorsBridged()).containsExactlyInAnyOrder(Sector.EDUCATION, Sector.SOCIAL, Sector.CULTURE);
            assertThat(broker.betweenness()).isCloseTo(1.0, within(1e-12));
        });
    }

    private List<ContinuityRisk> risks(ContinuityRiskKind kind) {
        return f.computation().continuityRisks().stream().filter(risk -> risk.kind() == kind).toList();
    }
}
