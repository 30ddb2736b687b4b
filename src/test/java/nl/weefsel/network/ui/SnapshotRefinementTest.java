package nl.weefsel.network.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import nl.weefsel.actor.Actor;
import nl.weefsel.actor.ActorKind;
import nl.weefsel.base.Audit;
import nl.weefsel.base.RecordChanged;
import nl.weefsel.network.NetworkEdge;
import nl.weefsel.network.NetworkNode;
import nl.weefsel.network.NetworkSnapshot;
import nl.weefsel.partnership.Intensity;
import nl.weefsel.partnership.TieKind;
import org.junit.jupiter.api.Test;

class SnapshotRefinementTest {

    //  a —(integration)— b —(awareness)— c,  d is a person working for a
    private final NetworkSnapshot snapshot = new NetworkSnapshot(
            List.of(node("a", 2), node("b", 2), node("c", 1), node("d", 1)),
            List.of(new NetworkEdge("ab", "a", "b", TieKind.COLLABORATION, Intensity.INTEGRATION, true),
                    new NetworkEdge("bc", "b", "c", TieKind.COLLABORATION, Intensity.AWARENESS, false),
                    new NetworkEdge("member-d", "d", "a", null, null, true)));

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

        assertThat(SnapshotRefinement.renamed(snapshot, List.of(updated(before, actor("a", "Atelier Noord", "area-1")))))
                .get().extracting(s -> s.nodes().getFirst().label()).isEqualTo("Atelier Noord");
        assertThat(SnapshotRefinement.renamed(snapshot, List.of(updated(before, actor("a", "Atelier", "area-2"))))).isEmpty();
        assertThat(SnapshotRefinement.renamed(snapshot, List.of(new RecordChanged("Partnership", "ab",
                RecordChanged.Change.DELETED, null, null, "anna", Instant.now())))).isEmpty();
    }

    private static NetworkNode node(String id, int degree) {
        return new NetworkNode(id, id.toUpperCase(), ActorKind.MAKER, null, degree);
    }

    private static Actor actor(String id, String name, String areaId) {
        return new Actor(id, name, ActorKind.MAKER, null, null, null, null, areaId, Set.of(), null, Set.of(), Set.of(), 1,
                new Audit(null, null, null, null));
    }

    private static RecordChanged updated(Actor before, Actor after) {
        return new RecordChanged("Actor", before.id(), RecordChanged.Change.UPDATED, before, after, "anna", Instant.now());
    }
}
