package nl.weefsel.coverage.internal;

import static nl.weefsel.role.AssignmentBasis.ASSIGNED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.weefsel.actor.ActorKind;
import nl.weefsel.area.AreaLevel;
import nl.weefsel.base.Discipline;
import nl.weefsel.base.TargetGroup;
import nl.weefsel.coverage.AreaCoverage;
import nl.weefsel.coverage.Subject;
import nl.weefsel.coverage.WhiteSpot;
import nl.weefsel.coverage.WhiteSpotKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WhiteSpotsTest {

    private final Fixture f = new Fixture();
    private String city;
    private String west;
    private String south;
    private String port;

    @BeforeEach
    void city_with_three_wijken() {
        city = f.area("city", AreaLevel.MUNICIPALITY, null, 100_000);
        west = f.area("west", AreaLevel.WIJK, city, 40_000);
        south = f.area("south", AreaLevel.WIJK, city, 60_000);
        port = f.area("port", AreaLevel.WIJK, city, 0);
        f.role("SCOUTING");
    }

    @Test
    void an_open_need_that_nothing_answers_is_the_first_white_spot() {
        f.need("dance", south, Set.of(Discipline.DANCE), Set.of(TargetGroup.YOUTH), LocalDate.of(2025, 10, 14));
        f.initiative("lessons", west, null, Set.of(Discipline.MUSIC), Set.of());
        f.answeredNeed("music", west, "lessons");

        List<WhiteSpot> spots = spots();

        assertThat(spots.getFirst().kind()).isEqualTo(WhiteSpotKind.UNANSWERED_NEED);
        assertThat(spots.getFirst().need().id()).isEqualTo("dance");
        assertThat(spots).filteredOn(spot -> spot.kind() == WhiteSpotKind.UNANSWERED_NEED).hasSize(1);
    }

    @Test
    void a_role_nobody_holds_anywhere_is_listed_once_at_the_municipality() {
        assertThat(spots()).filteredOn(spot -> Subject.role("SCOUTING").equals(spot.subject()))
                .singleElement().extracting(spot -> spot.area().id()).isEqualTo(city);
    }

    @Test
    void a_wijk_without_a_holder_is_a_white_spot_when_another_wijk_has_one() {
        f.actor("scouts", ActorKind.WELFARE, west);
        f.assign("scouts", "SCOUTING", west, ASSIGNED);

        assertThat(spots()).filteredOn(spot -> Subject.role("SCOUTING").equals(spot.subject()))
                .singleElement().extracting(spot -> spot.area().id()).isEqualTo(south);
    }

    @Test
    void a_municipality_wide_holder_covers_every_wijk() {
        f.actor("scouts", ActorKind.WELFARE, city);
        f.assign("scouts", "SCOUTING", city, ASSIGNED);

        assertThat(spots()).noneMatch(spot -> Subject.role("SCOUTING").equals(spot.subject()));
    }

    @Test
    void a_wijk_without_inhabitants_has_no_white_spots() {
        f.actor("scouts", ActorKind.WELFARE, west);
        f.assign("scouts", "SCOUTING", west, ASSIGNED);

        assertThat(spots()).noneMatch(spot -> spot.area().id().equals(port));
    }

    @Test
    void a_missing_discipline_that_an_open_need_asks_for_ranks_before_other_missing_subjects() {
        f.actor("band", ActorKind.MAKER, west, Set.of(Discipline.DANCE), Set.of());
        f.need("dance", south, Set.of(Discipline.DANCE), Set.of(), null);

        List<WhiteSpot> gaps = spots().stream().filter(spot -> spot.kind() != WhiteSpotKind.UNANSWERED_NEED).toList();

        assertThat(gaps.getFirst().subject()).isEqualTo(Subject.of(Discipline.DANCE));
        assertThat(gaps.getFirst().area().id()).isEqualTo(south);
        assertThat(gaps.getFirst().openNeeds()).extracting(need -> need.id()).containsExactly("dance");
    }

    @Test
    void holders_per_10000_inhabitants_count_an_inherited_holder_by_the_wijks_share_of_inhabitants() {
        f.actor("city-wide", ActorKind.WELFARE, city);
        f.assign("city-wide", "SCOUTING", city, ASSIGNED);
        f.actor("local", ActorKind.WELFARE, west);
        f.assign("local", "SCOUTING", west, ASSIGNED);

        AreaCoverage westCoverage = f.computation().coverage(west, Subject.role("SCOUTING"));
        AreaCoverage southCoverage = f.computation().coverage(south, Subject.role("SCOUTING"));

        assertThat(westCoverage.ownHolders()).isEqualTo(1);
        assertThat(westCoverage.inheritedHolders()).isEqualTo(1);
        // 1 own + 0.4 (40,000 of 100,000) inherited = 1.4 per 40,000 = 0.35 per 10,000
        assertThat(westCoverage.perTenThousand()).isCloseTo(0.35, within(1e-9));
        // 0.6 inherited per 60,000 = 0.1 per 10,000, as for the city as a whole
        assertThat(southCoverage.perTenThousand()).isCloseTo(0.1, within(1e-9));
        assertThat(f.computation().coverage(port, Subject.role("SCOUTING")).perTenThousand()).isNull();
    }

    @Test
    void an_initiative_offers_in_its_area_what_it_offers_and_counts_as_its_runner() {
        f.actor("runner", ActorKind.COMMUNITY_INITIATIVE, west, Set.of(), Set.of(TargetGroup.ELDERLY));
        f.initiative("choir", south, "runner", Set.of(Discipline.MUSIC), Set.of(TargetGroup.ELDERLY));

        AreaCoverage elderly = f.computation().coverage(city, Subject.of(TargetGroup.ELDERLY));

        assertThat(elderly.holders()).containsExactly("runner");
        assertThat(f.computation().coverage(south, Subject.of(Discipline.MUSIC)).isWhiteSpot()).isFalse();
        assertThat(f.computation().coverage(west, Subject.of(Discipline.MUSIC)).isWhiteSpot()).isTrue();
    }

    private List<WhiteSpot> spots() {
        CoverageComputation computation = f.computation();
        return computation.whiteSpots(computation.allAreaIds());
    }
}
