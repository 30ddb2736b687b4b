package nl.weefsel.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.weefsel.WeefselIntegrationTest;
import nl.weefsel.actor.ActorService;
import nl.weefsel.area.AreaService;
import nl.weefsel.initiative.NeedService;
import nl.weefsel.partnership.PartnershipService;
import nl.weefsel.role.AssignmentBasis;
import nl.weefsel.role.RoleAssignmentService;
import nl.weefsel.role.RoleService;
import nl.weefsel.security.TestUsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/** Coverage on the embedded Neo4j, on a hand-built municipality whose findings are known in advance. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CoverageServiceTest extends WeefselIntegrationTest {

    @Autowired CoverageService coverage;
    @Autowired AreaService areas;
    @Autowired ActorService actors;
    @Autowired RoleService roles;
    @Autowired RoleAssignmentService assignments;
    @Autowired PartnershipService ties;
    @Autowired NeedService needs;

    private CoverageFixture f;

    @BeforeAll
    void dekkingstad() {
        TestUsers.signInAsAdmin("coverage-test");
        try {
            f = CoverageFixture.create(areas, actors, roles, assignments, ties, needs);
        } finally {
            TestUsers.signOut();
        }
        coverage.awaitCurrent();
    }

    @Test
    void two_assigned_mandates_clash_and_a_city_wide_assignment_meets_practice_in_a_wijk() {
        List<GreyZone> zones = coverage.greyZones(f.city);

        assertThat(zones).extracting(zone -> zone.area().name() + ": " + zone.role().key() + " " + zone.severity())
                .containsExactly("Zuidkant: NEIGHBOURHOOD_SCOUTING ASSIGNED_CLASH",
                        "Noordkant: INITIATIVE_SUPPORT ASSIGNED_VS_PRACTISED");
        assertThat(zones.get(1).holders()).extracting(holder -> holder.actor().name(), Holder::basis, Holder::inherited)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Dekking Steunpunt", AssignmentBasis.ASSIGNED, true),
                        org.assertj.core.groups.Tuple.tuple("Dekking Wijkatelier", AssignmentBasis.PRACTISED, false));
    }

    @Test
    void an_ended_assignment_holds_no_role() {
        RoleMatrix south = coverage.roleMatrix(f.south);

        assertThat(south.rows()).filteredOn(row -> row.role().key().equals("SCHOOL_EXPERTISE")).singleElement()
                .satisfies(row -> assertThat(row.holders()).extracting(holder -> holder.actor().name())
                        .containsExactly("Dekking Steunpunt"));
    }

    @Test
    void a_need_with_no_answer_is_the_first_white_spot_of_its_area() {
        List<WhiteSpot> spots = coverage.whiteSpots(f.south);

        assertThat(spots.getFirst().kind()).isEqualTo(WhiteSpotKind.UNANSWERED_NEED);
        assertThat(spots.getFirst().need().id()).isEqualTo(f.need);
        assertThat(spots).anySatisfy(spot -> {
            assertThat(spot.subject()).isEqualTo(Subject.of(nl.weefsel.base.TargetGroup.ELDERLY));
            assertThat(spot.area().id()).isEqualTo(f.city);
            assertThat(spot.openNeeds()).extracting(NeedRef::id).containsExactly(f.need);
        });
    }

    @Test
    void the_city_wide_assignment_is_counted_in_each_wijk_weighed_by_its_share_of_inhabitants() {
        AreaCoverage north = coverage.coverage(f.north, Subject.role("INITIATIVE_SUPPORT"));
        AreaCoverage south = coverage.coverage(f.south, Subject.role("INITIATIVE_SUPPORT"));

        assertThat(north.holders()).containsExactly("Dekking Steunpunt", "Dekking Wijkatelier");
        assertThat(south.holders()).containsExactly("Dekking Steunpunt");
        // Zuidkant: 30,000 of Dekkingstad's 50,000 inhabitants → 0.6 holder per 30,000 = 0.2 per 10,000
        assertThat(south.perTenThousand()).isCloseTo(0.2, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(coverage.compare(f.city, Subject.role("INITIATIVE_SUPPORT"))).extracting(c -> c.area().name())
                .containsExactly("Zuidkant", "Noordkant");
    }

    @Test
    void a_school_behind_one_articulation_point_and_without_an_out_of_school_tie_is_a_continuity_risk() {
        List<ContinuityRisk> risks = coverage.continuityRisks(f.city);

        assertThat(risks).anySatisfy(risk -> {
            assertThat(risk.kind()).isEqualTo(ContinuityRiskKind.ARTICULATION_POINT);
            assertThat(risk.actor().id()).isEqualTo(f.theater);
            assertThat(risk.cutOff()).extracting(ActorRef::id).containsExactly(f.schoolNorth);
        });
        assertThat(risks).anySatisfy(risk -> {
            assertThat(risk.kind()).isEqualTo(ContinuityRiskKind.SCHOOL_SINGLE_LINK);
            assertThat(risk.actor().id()).isEqualTo(f.schoolNorth);
            assertThat(risk.other().id()).isEqualTo(f.theater);
        });
        assertThat(risks).filteredOn(risk -> risk.kind() == ContinuityRiskKind.SCHOOL_WITHOUT_OUT_OF_SCHOOL_TIE)
                .extracting(risk -> risk.actor().id()).containsExactly(f.schoolNorth);
    }

    @Test
    void the_tie_of_basisschool_zuid_to_its_provider_has_no_written_agreement_and_nobody_has_a_fixed_contact() {
        List<ContinuityRisk> risks = coverage.continuityRisks(f.city);

        assertThat(risks).filteredOn(risk -> risk.kind() == ContinuityRiskKind.SCHOOL_TIES_WITHOUT_AGREEMENT)
                .extracting(risk -> risk.actor().id()).containsExactly(f.schoolSouth);
        assertThat(risks).filteredOn(risk -> risk.kind() == ContinuityRiskKind.FIXED_CONTACT_WITHOUT_BACKUP)
                .as("no tie of Dekkingstad has a fixed contact person").isEmpty();
    }

    @Test
    void the_theatre_is_a_broker_between_education_culture_and_the_social_sector() {
        assertThat(coverage.brokers()).filteredOn(broker -> broker.actor().id().equals(f.theater)).singleElement()
                .satisfies(broker -> assertThat(broker.sectorsBridged()).contains(Sector.EDUCATION, Sector.SOCIAL));
    }
}
