package nl.weefsel.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.weefsel.actor.ActorData;
import nl.weefsel.actor.ActorKind;
import nl.weefsel.area.AreaData;
import nl.weefsel.area.AreaLevel;
import nl.weefsel.base.Validity;
import nl.weefsel.role.AssignmentBasis;
import nl.weefsel.role.RoleAssignment;
import nl.weefsel.role.RoleAssignmentData;
import org.junit.jupiter.api.Test;

/** Findings follow the network: a committed change is recomputed in the background for the areas it touches. */
class LiveCoverageTest extends CoverageIntegrationTest {

    @Test
    void a_second_holder_makes_a_grey_zone_appear_and_ending_it_makes_it_go() {
        String city = areas.create(new AreaData(AreaLevel.MUNICIPALITY, "GM9872", "Levendstad", 10_000, 2024, "test", null)).id();
        String wijk = areas.create(new AreaData(AreaLevel.WIJK, "WK987201", "Middenkant", 10_000, 2024, "test", city)).id();
        String stage = actors.create(ActorData.of("Levend Podium", ActorKind.CULTURAL_INSTITUTION, wijk)).id();
        String club = actors.create(ActorData.of("Levend Wijkcollectief", ActorKind.COMMUNITY_INITIATIVE, wijk)).id();
        String presentation = roles.findByKey("PRESENTATION").orElseThrow().id();
        assignments.assign(new RoleAssignmentData(stage, presentation, wijk, AssignmentBasis.PRACTISED, Validity.ALWAYS, null, null));
        coverage.awaitCurrent();
        List<GreyZone> before = coverage.greyZones(city);
        int elsewhere = coverage.findings().greyZones().size() - before.size();

        RoleAssignment claim = assignments.assign(new RoleAssignmentData(club, presentation, wijk, AssignmentBasis.CLAIMED,
                Validity.ALWAYS, null, null));
        coverage.awaitCurrent();

        assertThat(before).isEmpty();
        assertThat(coverage.greyZones(city)).singleElement().satisfies(zone -> {
            assertThat(zone.area().id()).isEqualTo(wijk);
            assertThat(zone.severity()).isEqualTo(GreyZoneSeverity.PRACTISED_OR_CLAIMED_ONLY);
        });
        assertThat(coverage.findings().greyZones().size() - 1).as("grey zones elsewhere are kept").isEqualTo(elsewhere);

        assignments.end(claim.id(), claim.version(), LocalDate.now().minusDays(1));
        coverage.awaitCurrent();

        assertThat(coverage.greyZones(city)).isEmpty();
    }

    @Test
    void a_listener_hears_of_each_recomputation() {
        coverage.awaitCurrent();
        var heard = new java.util.concurrent.CopyOnWriteArrayList<CoverageFindings>();
        Runnable stop = coverage.onChange(heard::add);
        try {
            String city = areas.create(new AreaData(AreaLevel.MUNICIPALITY, "GM9873", "Luisterstad", 1_000, 2024, "test", null)).id();
            actors.create(ActorData.of("Luister Bibliotheek", ActorKind.LIBRARY, city));
            coverage.awaitCurrent();
        } finally {
            stop.run();
        }

        assertThat(heard).isNotEmpty();
        assertThat(heard.getLast().whiteSpots()).anyMatch(spot -> spot.area().name().equals("Luisterstad"));
    }
}
