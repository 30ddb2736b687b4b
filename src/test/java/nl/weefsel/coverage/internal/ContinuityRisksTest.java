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
    void a_school_whose_provider_ties_have_no_written_agreement_is_a_risk_and_one_written_agreement_is_enough() {
        f.actor("provider", ActorKind.ARTS_EDUCATION_CENTRE, city);
        f.actor("other-provider", ActorKind.ARTS_EDUCATION_CENTRE, city);
        f.assign("provider", ContinuityRisks.OUT_OF_SCHOOL_ROLE, city, ASSIGNED);
        f.assign("other-provider", ContinuityRisks.OUT_OF_SCHOOL_ROLE, city, ASSIGNED);
        f.actor("museum", ActorKind.CULTURAL_INSTITUTION, city);
        f.actor("unwritten", ActorKind.SCHOOL, city);
        f.tie("unwritten", "provider");
        f.tie("unwritten", "museum", true, false); // a written agreement with a non-provider does not count
        f.actor("written", ActorKind.SCHOOL, city);
        f.tie("written", "provider");
        f.tie("written", "other-provider", true, false);
        f.actor("through-coordinator", ActorKind.SCHOOL, city);
        f.person("coordinator", "through-coordinator");
        f.tie("coordinator", "other-provider");
        f.actor("unlinked", ActorKind.SCHOOL, city);

        List<ContinuityRisk> risks = risks(ContinuityRiskKind.SCHOOL_TIES_WITHOUT_AGREEMENT);

        assertThat(risks).extracting(risk -> risk.actor().id()).containsExactly("through-coordinator", "unwritten");
        assertThat(risks).allSatisfy(risk -> {
            assertThat(risk.cutOff()).extracting(ActorRef::id).containsExactly(risk.actor().id());
            assertThat(risk.other()).isNull();
            assertThat(risk.tieId()).isNull();
        });
        assertThat(risks(ContinuityRiskKind.SCHOOL_WITHOUT_OUT_OF_SCHOOL_TIE)).as("a school without provider ties has the other risk")
                .extracting(risk -> risk.actor().id()).containsExactly("unlinked");
    }

    @Test
    void a_fixed_contact_of_an_organisation_with_one_known_person_has_no_back_up() {
        f.actor("school", ActorKind.SCHOOL, city);
        f.person("icc", "school");
        f.actor("theatre", ActorKind.CULTURAL_INSTITUTION, city);
        f.tie("school", "theatre", false, true);

        assertThat(risks(ContinuityRiskKind.FIXED_CONTACT_WITHOUT_BACKUP)).singleElement().satisfies(risk -> {
            assertThat(risk.actor().id()).isEqualTo("school");
            assertThat(risk.other().id()).isEqualTo("theatre");
            assertThat(risk.tieId()).isEqualTo("tie-school-theatre");
            assertThat(risk.cutOff()).isEmpty();
            assertThat(risk.areaIds()).containsExactly(city);
        });
    }

    @Test
    void two_known_people_are_a_back_up_and_without_a_fixed_contact_there_is_no_such_risk() {
        f.actor("school", ActorKind.SCHOOL, city);
        f.person("icc", "school");
        f.person("teacher", "school");
        f.actor("theatre", ActorKind.CULTURAL_INSTITUTION, city);
        f.tie("school", "theatre", false, true);
        f.actor("library", ActorKind.LIBRARY, city);
        f.person("librarian", "library");
        f.tie("library", "theatre", true, false);
        f.actor("museum", ActorKind.CULTURAL_INSTITUTION, city);
        f.tie("museum", "theatre", false, true); // nobody known at the museum: the network cannot tell

        assertThat(risks(ContinuityRiskKind.FIXED_CONTACT_WITHOUT_BACKUP)).isEmpty();
    }

    @Test
    void a_person_is_no_organisation_and_each_qualifying_party_of_a_tie_is_listed_once() {
        f.actor("school", ActorKind.SCHOOL, city);
        f.person("icc", "school");
        f.actor("centre", ActorKind.ARTS_EDUCATION_CENTRE, city);
        f.person("adviser", "centre");
        f.tie("adviser", "school", false, true); // the adviser is a person: only the school counts
        f.tie("school", "centre", false, true);
        f.tie("centre", "school", false, true); // a second tie between the same two: listed once, on the first id

        assertThat(risks(ContinuityRiskKind.FIXED_CONTACT_WITHOUT_BACKUP))
                .extracting(risk -> risk.actor().id() + " / " + risk.other().id() + " / " + risk.tieId())
                .containsExactly("centre / school / tie-centre-school", "school / adviser / tie-adviser-school",
                        "school / centre / tie-centre-school");
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
