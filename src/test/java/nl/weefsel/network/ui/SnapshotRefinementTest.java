package nl.weefsel.network.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.weefsel.actor.Actor;
import nl.weefsel.actor.ActorKind;
import nl.weefsel.base.Audit;
import nl.weefsel.base.RecordChanged;
import nl.weefsel.base.Validity;
import nl.weefsel.network.NetworkFilter;
import nl.weefsel.network.NetworkEdge;
import nl.weefsel.network.NetworkNode;
import nl.weefsel.network.NetworkSnapshot;
import nl.weefsel.partnership.Intensity;
import nl.weefsel.partnership.Partnership;
import nl.weefsel.partnership.TieKind;
import org.junit.jupiter.api.Test;

class SnapshotRefinementTest {

    //  a —(integration)— b —(awareness)— c,  d is a person working for a
    private final NetworkSnapshot snapshot = new NetworkSnapshot(
            List.of(node("a", 2), node("b", 2), node("c", 1), node("d", 1)),
            List.of(new NetworkEdge("ab", "a", "b", TieKind.COLLABORATION, Intensity.INTEGRATION, true),
                    new NetworkEdge("bc", "b", "c", TieKind.COLLABORATION, Intensity.AWARENESS, false),
                    new NetworkEdge("member-d", "d", "a", null, null, true)));
    private final NetworkFilter today = NetworkFilter.wholeNetworkOn(LocalDate.now());

    @Test
    void keeping_only_role_holders_drops_the_others_with_their_ties_and_recounts_degrees() {
        NetworkSnapshot refined = SnapshotRefinement.refine(snapshot, Set.of("a", "b"), Set.of());

        assertThat(refined.nodes()).extracting(NetworkNode::id, NetworkNode::degree)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a", 1), org.assertj.core.groups.Tuple.tuple("b", 1));
        assertThat(refined.edges()).extracting(NetworkEdge::id).containsExactly("ab");
    }

    @Test
    void an_intensity_filter_keeps_ties_of_that_intensity_and_every_affiliation() {
        NetworkSnapshot refined = SnapshotRefinement.refine(snapshot, null, Set.of(Intensity.AWARENESS));

        assertThat(refined.edges()).extracting(NetworkEdge::id).containsExactly("bc", "member-d");
        assertThat(refined.nodes()).extracting(NetworkNode::degree).containsExactly(1, 1, 1, 1);
    }

    @Test
    void a_rename_is_patched_in_place_but_a_move_to_another_area_is_drawn_afresh() {
        Actor before = actor("a", "Atelier", "area-1");

        assertThat(SnapshotRefinement.patched(snapshot, List.of(updated(before, actor("a", "Atelier Noord", "area-1"))), today, Set.of()))
                .get().extracting(s -> s.nodes().getFirst().label()).isEqualTo("Atelier Noord");
        assertThat(SnapshotRefinement.patched(snapshot, List.of(updated(before, actor("a", "Atelier", "area-2"))), today, Set.of())).isEmpty();
    }

    @Test
    void a_new_tie_between_shown_actors_is_added_and_degrees_are_counted_again() {
        var added = SnapshotRefinement.patched(snapshot, List.of(created(tie("ac", "a", "c", Intensity.COOPERATION, Validity.ALWAYS))),
                today, Set.of()).orElseThrow();

        assertThat(added.edges()).extracting(NetworkEdge::id).containsExactly("ab", "bc", "member-d", "ac");
        assertThat(added.nodes()).extracting(NetworkNode::degree).containsExactly(3, 2, 2, 1);
    }

    @Test
    void a_tie_outside_the_picture_or_the_filter_is_not_drawn_and_a_deleted_or_ended_tie_goes() {
        var outside = tie("ax", "a", "x", Intensity.COOPERATION, Validity.ALWAYS);
        var filteredOut = tie("ac", "a", "c", Intensity.COOPERATION, Validity.ALWAYS);
        var past = tie("ab", "a", "b", Intensity.INTEGRATION, new Validity(null, LocalDate.now().minusDays(1)));

        assertThat(SnapshotRefinement.patched(snapshot, List.of(created(outside)), today, Set.of()).orElseThrow().edges())
                .extracting(NetworkEdge::id).containsExactly("ab", "bc", "member-d");
        assertThat(SnapshotRefinement.patched(snapshot, List.of(created(filteredOut)), today, Set.of(Intensity.AWARENESS))
                .orElseThrow().edges()).extracting(NetworkEdge::id).doesNotContain("ac");
        var ended = SnapshotRefinement.patched(snapshot, List.of(new RecordChanged("Partnership", "ab", RecordChanged.Change.ENDED,
                null, past, "anna", Instant.now())), today, Set.of()).orElseThrow();
        assertThat(ended.edges()).extracting(NetworkEdge::id).containsExactly("bc", "member-d");
        assertThat(ended.nodes()).extracting(NetworkNode::degree).containsExactly(1, 1, 1, 1);
        assertThat(SnapshotRefinement.patched(snapshot, List.of(new RecordChanged("Partnership", "bc", RecordChanged.Change.DELETED,
                null, null, "anna", Instant.now())), today, Set.of()).orElseThrow().edges()).extracting(NetworkEdge::id)
                .containsExactly("ab", "member-d");
    }

    @Test
    void a_confirmed_tie_is_redrawn_as_confirmed() {
        var confirmed = new Partnership("bc", "b", "c", TieKind.COLLABORATION, Intensity.AWARENESS, false, false, Validity.ALWAYS,
                null, true, null, 2, new Audit(null, null, null, null));
        var patched = SnapshotRefinement.patched(snapshot, List.of(new RecordChanged("Partnership", "bc", RecordChanged.Change.UPDATED,
                null, confirmed, "anna", Instant.now())), today, Set.of()).orElseThrow();

        assertThat(patched.edges()).filteredOn(edge -> edge.id().equals("bc")).singleElement().extracting(NetworkEdge::confirmed)
                .isEqualTo(true);
    }

    @Test
    void a_new_actor_is_drawn_afresh() {
        assertThat(SnapshotRefinement.patched(snapshot, List.of(new RecordChanged("Actor", "e", RecordChanged.Change.CREATED, null,
                actor("e", "E", null), "anna", Instant.now())), today, Set.of())).isEmpty();
    }

    private static Partnership tie(String id, String from, String to, Intensity intensity, Validity validity) {
        return new Partnership(id, from, to, TieKind.COLLABORATION, intensity, false, false, validity, null, true, null, 1,
                new Audit(null, null, null, null));
    }

    private static RecordChanged created(Partnership tie) {
        return new RecordChanged("Partnership", tie.id(), RecordChanged.Change.CREATED, null, tie, "anna", Instant.now());
    }

    private static NetworkNode node(String id, int degree) {
        return new NetworkNode(id, id.toUpperCase(), ActorKind.MAKER, null, degree);
    }

    private static Actor actor(String id, String name, @org.jspecify.annotations.Nullable String areaId) {
        return new Actor(id, name, ActorKind.MAKER, null, null, null, null, areaId, Set.of(), null, Set.of(), Set.of(), 1,
                new Audit(null, null, null, null));
    }

    private static RecordChanged updated(Actor before, Actor after) {
        return new RecordChanged("Actor", before.id(), RecordChanged.Change.UPDATED, before, after, "anna", Instant.now());
    }
}
