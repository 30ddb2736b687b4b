package nl.weefsel.coverage.internal;

import static nl.weefsel.role.AssignmentBasis.ASSIGNED;
import static nl.weefsel.role.AssignmentBasis.CLAIMED;
import static nl.weefsel.role.AssignmentBasis.PRACTISED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.weefsel.actor.ActorKind;
import nl.weefsel.area.AreaLevel;
import nl.weefsel.coverage.GreyZone;
import nl.weefsel.coverage.GreyZoneSeverity;
import nl.weefsel.coverage.Holder;
import nl.weefsel.coverage.RoleMatrix;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GreyZonesTest {

    private final Fixture f = new Fixture();
    private String city;
    private String west;
    private String south;

    @BeforeEach
    void city_with_two_wijken() {
        city = f.area("city", AreaLevel.MUNICIPALITY, null, 100_000);
        west = f.area("west", AreaLevel.WIJK, city, 40_000);
        south = f.area("south", AreaLevel.WIJK, city, 60_000);
        f.role("SCOUTING");
        f.role("SUPPORT");
        f.role("FUNDING");
        List.of("a", "b", "c").forEach(id -> f.actor(id, ActorKind.CULTURE_SUPPORT, city));
    }

    @Test
    void two_assigned_mandates_of_one_role_in_one_wijk_clash() {
        f.assign("a", "SCOUTING", south, ASSIGNED);
        f.assign("b", "SCOUTING", south, ASSIGNED);

        assertThat(zones()).singleElement().satisfies(zone -> {
            assertThat(zone.area().id()).isEqualTo(south);
            assertThat(zone.role().key()).isEqualTo("SCOUTING");
            assertThat(zone.severity()).isEqualTo(GreyZoneSeverity.ASSIGNED_CLASH);
            assertThat(zone.holders()).extracting(h -> h.actor().id()).containsExactly("a", "b");
        });
    }

    @Test
    void an_assigned_holder_and_a_practising_one_are_assigned_versus_practised() {
        f.assign("b", "SUPPORT", west, PRACTISED);
        f.assign("a", "SUPPORT", west, ASSIGNED);

        assertThat(zones()).singleElement().satisfies(zone -> {
            assertThat(zone.severity()).isEqualTo(GreyZoneSeverity.ASSIGNED_VS_PRACTISED);
            assertThat(zone.holders()).extracting(Holder::basis).containsExactly(ASSIGNED, PRACTISED);
        });
    }

    @Test
    void practised_and_claimed_holders_without_an_assignment_are_the_mildest_grey_zone() {
        f.assign("a", "SUPPORT", west, PRACTISED);
        f.assign("b", "SUPPORT", west, CLAIMED);

        assertThat(zones()).singleElement().extracting(GreyZone::severity).isEqualTo(GreyZoneSeverity.PRACTISED_OR_CLAIMED_ONLY);
    }

    @Test
    void a_municipality_wide_assignment_counts_in_its_wijken() {
        f.assign("a", "SUPPORT", city, ASSIGNED);
        f.assign("b", "SUPPORT", west, PRACTISED);

        assertThat(zones()).singleElement().satisfies(zone -> {
            assertThat(zone.area().id()).isEqualTo(west);
            assertThat(zone.severity()).isEqualTo(GreyZoneSeverity.ASSIGNED_VS_PRACTISED);
            Holder inherited = zone.holders().getFirst();
            assertThat(inherited.actor().id()).isEqualTo("a");
            assertThat(inherited.inherited()).isTrue();
            assertThat(inherited.assignedIn().id()).isEqualTo(city);
        });
    }

    @Test
    void a_grey_zone_of_the_municipality_is_listed_once_and_not_again_in_each_wijk() {
        f.assign("a", "FUNDING", city, ASSIGNED);
        f.assign("b", "FUNDING", city, PRACTISED);

        assertThat(zones()).singleElement().extracting(zone -> zone.area().id()).isEqualTo(city);
    }

    @Test
    void a_wijk_where_an_inherited_holder_meets_a_new_one_is_listed_beside_the_municipality() {
        f.assign("a", "FUNDING", city, ASSIGNED);
        f.assign("b", "FUNDING", city, PRACTISED);
        f.assign("c", "FUNDING", south, CLAIMED);

        assertThat(zones()).extracting(zone -> zone.area().id()).containsExactlyInAnyOrder(city, south);
    }

    @Test
    void one_actor_with_two_assignments_of_a_role_is_one_holder_on_its_strongest_basis() {
        f.assign("a", "SUPPORT", city, CLAIMED);
        f.assign("a", "SUPPORT", west, ASSIGNED);

        assertThat(zones()).isEmpty();
        assertThat(f.computation().roleMatrix(west).rows()).filteredOn(row -> row.role().key().equals("SUPPORT"))
                .singleElement().satisfies(row -> assertThat(row.holders()).singleElement().extracting(Holder::basis).isEqualTo(ASSIGNED));
    }

    @Test
    void clashes_rank_before_assigned_versus_practised_before_practised_only() {
        f.assign("a", "SUPPORT", west, PRACTISED);
        f.assign("b", "SUPPORT", west, CLAIMED);
        f.assign("a", "FUNDING", west, ASSIGNED);
        f.assign("b", "FUNDING", west, PRACTISED);
        f.assign("a", "SCOUTING", west, ASSIGNED);
        f.assign("b", "SCOUTING", west, ASSIGNED);

        assertThat(zones()).extracting(GreyZone::severity).containsExactly(GreyZoneSeverity.ASSIGNED_CLASH,
                GreyZoneSeverity.ASSIGNED_VS_PRACTISED, GreyZoneSeverity.PRACTISED_OR_CLAIMED_ONLY);
    }

    @Test
    void the_matrix_of_a_wijk_shows_inherited_holders_and_the_overlap_of_role_sets() {
        f.assign("a", "SUPPORT", city, ASSIGNED);
        f.assign("a", "SCOUTING", west, PRACTISED);
        f.assign("b", "SUPPORT", west, PRACTISED);
        f.assign("b", "SCOUTING", west, CLAIMED);
        f.assign("b", "FUNDING", west, PRACTISED);

        RoleMatrix matrix = f.computation().roleMatrix(west);

        assertThat(matrix.actors()).extracting(actor -> actor.id()).containsExactly("a", "b");
        assertThat(matrix.rows()).hasSize(3);
        assertThat(matrix.overlaps()).singleElement().satisfies(overlap -> {
            assertThat(overlap.shared()).extracting(role -> role.key()).containsExactlyInAnyOrder("SUPPORT", "SCOUTING");
            assertThat(overlap.jaccard()).isEqualTo(2.0 / 3.0);
        });
    }

    private List<GreyZone> zones() {
        CoverageComputation computation = f.computation();
        return computation.greyZones(computation.allAreaIds());
    }
}
