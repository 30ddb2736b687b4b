package nl.weefsel.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.weefsel.WeefselIntegrationTest;
import nl.weefsel.area.Area;
import nl.weefsel.area.AreaService;
import nl.weefsel.security.TestUsers;
import nl.weefsel.security.WeefselRole;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo ecosystem shows what coverage is for: at least one finding of each kind. */
class CoverageDemoDataTest extends WeefselIntegrationTest {

    private static final Path ROTTERDAM_WIJKEN = Path.of("..", "shared", "data", "nl", "rotterdam-wijken.geojson");

    @Autowired CoverageService coverage;
    @Autowired AreaService areas;

    @Test
    void the_demo_shows_each_severity_of_grey_zone_with_the_charlois_scouting_clash_first() {
        List<GreyZone> zones = coverage.greyZones(rotterdam().id());

        assertThat(zones).extracting(GreyZone::severity).contains(GreyZoneSeverity.values());
        assertThat(zones).anySatisfy(zone -> {
            assertThat(zone.area().code()).isEqualTo("WK059915");
            assertThat(zone.role().key()).isEqualTo("NEIGHBOURHOOD_SCOUTING");
            assertThat(zone.severity()).isEqualTo(GreyZoneSeverity.ASSIGNED_CLASH);
            assertThat(zone.holders()).extracting(holder -> holder.actor().name()).contains("Quardin");
        });
    }

    @Test
    void the_demo_shows_unanswered_needs_and_missing_roles_disciplines_and_target_groups() {
        List<WhiteSpot> spots = coverage.whiteSpots(rotterdam().id());

        assertThat(spots).extracting(WhiteSpot::kind).contains(WhiteSpotKind.values());
        assertThat(spots.getFirst().kind()).isEqualTo(WhiteSpotKind.UNANSWERED_NEED);
        assertThat(spots).anySatisfy(spot -> {
            assertThat(spot.kind()).isEqualTo(WhiteSpotKind.TARGET_GROUP);
            assertThat(spot.area().code()).isEqualTo("WK059915");
            assertThat(spot.subject().key()).isEqualTo("DISABILITIES");
            assertThat(spot.openNeeds()).isNotEmpty();
        });
    }

    @Test
    void the_demo_shows_articulation_points_lonely_schools_and_brokers() {
        List<ContinuityRisk> risks = coverage.continuityRisks(rotterdam().id());

        assertThat(risks).extracting(ContinuityRisk::kind).contains(ContinuityRiskKind.ARTICULATION_POINT,
                ContinuityRiskKind.SCHOOL_SINGLE_LINK, ContinuityRiskKind.SCHOOL_WITHOUT_OUT_OF_SCHOOL_TIE);
        assertThat(risks).anySatisfy(risk -> {
            assertThat(risk.kind()).isEqualTo(ContinuityRiskKind.SCHOOL_SINGLE_LINK);
            assertThat(risk.actor().name()).isEqualTo("School voor gespecialiseerd onderwijs 6");
            assertThat(risk.other().name()).isEqualTo("Beeldend atelier E");
        });
        assertThat(coverage.brokers()).anySatisfy(broker -> assertThat(broker.actor().name()).isEqualTo("SKVR"));
    }

    @Test
    void the_demo_shows_schools_whose_one_known_icc_er_has_no_back_up_and_provider_ties_without_agreement() {
        List<ContinuityRisk> risks = coverage.continuityRisks(rotterdam().id());

        // the ICC'er is the only person the demo knows at this school, and its tie to the theatre has a fixed contact
        assertThat(risks).filteredOn(risk -> risk.kind() == ContinuityRiskKind.FIXED_CONTACT_WITHOUT_BACKUP)
                .extracting(risk -> risk.actor().name() + " / " + risk.other().name())
                .contains("School voor gespecialiseerd onderwijs 3 / Jeugdtheatergezelschap A", "Quardin / SKVR")
                .as("KC-R has two advisers: a back-up").doesNotContain("KC-R (Kenniscentrum Cultuuronderwijs Rotterdam) / Gemeente Rotterdam");
        assertThat(risks).filteredOn(risk -> risk.kind() == ContinuityRiskKind.SCHOOL_TIES_WITHOUT_AGREEMENT)
                .extracting(risk -> risk.actor().name()).contains("Basisschool 1", "Basisschool 2");
    }

    @Test
    void the_cbs_boundaries_of_the_21_rotterdam_wijken_load_for_the_map() throws IOException {
        BoundaryImportResult result;
        TestUsers.signInAsAdmin("coverage-test");
        try (InputStream in = Files.newInputStream(ROTTERDAM_WIJKEN)) {
            result = coverage.importBoundaries(in, 2022, "Kadaster / CBS");
        } finally {
            TestUsers.signOut();
        }
        List<String> wijken = areas.children(rotterdam().id()).stream().map(Area::id).toList();

        assertThat(result.loaded()).isEqualTo(21);
        assertThat(result.unknownCodes()).isEmpty();
        assertThat(coverage.boundaries(wijken)).hasSize(21)
                .allSatisfy(boundary -> assertThat(boundary.geoJson()).containsAnyOf("\"Polygon\"", "\"MultiPolygon\"").contains("coordinates"));
    }

    @Test
    void an_adviser_may_not_load_boundaries() throws IOException {
        TestUsers.signIn("adviser", WeefselRole.ADVISER, List.of("PV28"), null);
        try (InputStream in = Files.newInputStream(ROTTERDAM_WIJKEN)) {
            assertThatThrownBy(() -> coverage.importBoundaries(in, 2022, "Kadaster / CBS"))
                    .isInstanceOf(AccessDeniedException.class);
        } finally {
            TestUsers.signOut();
        }
    }

    private Area rotterdam() {
        return areas.findByCode("GM0599").orElseThrow();
    }
}
