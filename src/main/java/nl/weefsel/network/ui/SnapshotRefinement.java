package nl.weefsel.network.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.weefsel.actor.Actor;
import nl.weefsel.base.RecordChanged;
import nl.weefsel.network.NetworkEdge;
import nl.weefsel.network.NetworkNode;
import nl.weefsel.network.NetworkSnapshot;
import nl.weefsel.partnership.Intensity;
import org.jspecify.annotations.Nullable;

/**
 * Narrows a snapshot further by the filters the network service does not know (yet): the roles
 * actors hold and the intensity of ties. Degrees are counted again in the narrowed picture.
 */
final class SnapshotRefinement {

    private SnapshotRefinement() {
    }

    /**
     * @param keptActorIds the actors to keep; {@code null} keeps all
     * @param intensities  tie intensities to keep; empty keeps all (affiliations always stay)
     */
    /**
     * The snapshot with new names, when every change is an edit of an actor that leaves the picture's
     * shape alone (same kind, areas and affiliation): the common case of fixing a name needs no
     * queries. Empty when any change may move nodes or edges in or out: then draw afresh.
     */
    static Optional<NetworkSnapshot> renamed(NetworkSnapshot snapshot, List<RecordChanged> changes) {
        Map<String, String> names = new HashMap<>();
        for (RecordChanged change : changes) {
            if (!(change.change() == RecordChanged.Change.UPDATED && change.before() instanceof Actor before
                    && change.after() instanceof Actor after) || !sameShape(before, after)) {
                return Optional.empty();
            }
            names.put(after.id(), after.name());
        }
        return Optional.of(new NetworkSnapshot(snapshot.nodes().stream()
                .map(node -> names.containsKey(node.id())
                        ? new NetworkNode(node.id(), names.get(node.id()), node.kind(), node.locatedInId(), node.degree()) : node)
                .toList(), snapshot.edges()));
    }

    private static boolean sameShape(Actor before, Actor after) {
        return before.kind() == after.kind() && Objects.equals(before.locatedInId(), after.locatedInId())
                && before.activeInIds().equals(after.activeInIds()) && Objects.equals(before.affiliationId(), after.affiliationId());
    }

    static NetworkSnapshot refine(NetworkSnapshot snapshot, @Nullable Set<String> keptActorIds, Set<Intensity> intensities) {
        if (keptActorIds == null && intensities.isEmpty()) {
            return snapshot;
        }
        List<NetworkEdge> edges = snapshot.edges().stream()
                .filter(edge -> keptActorIds == null || keptActorIds.contains(edge.sourceId()) && keptActorIds.contains(edge.targetId()))
                .filter(edge -> intensities.isEmpty() || edge.isAffiliation() || intensities.contains(edge.intensity()))
                .toList();
        Map<String, Integer> degree = new HashMap<>();
        edges.forEach(edge -> {
            degree.merge(edge.sourceId(), 1, Integer::sum);
            degree.merge(edge.targetId(), 1, Integer::sum);
        });
        List<NetworkNode> nodes = snapshot.nodes().stream()
                .filter(node -> keptActorIds == null || keptActorIds.contains(node.id()))
                .map(node -> new NetworkNode(node.id(), node.label(), node.kind(), node.locatedInId(), degree.getOrDefault(node.id(), 0)))
                .toList();
        return new NetworkSnapshot(nodes, edges);
    }
}
