package nl.weefsel.network.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.weefsel.actor.Actor;
import nl.weefsel.base.RecordChanged;
import nl.weefsel.network.NetworkEdge;
import nl.weefsel.network.NetworkFilter;
import nl.weefsel.network.NetworkNode;
import nl.weefsel.network.NetworkSnapshot;
import nl.weefsel.partnership.Intensity;
import nl.weefsel.partnership.Partnership;
import org.jspecify.annotations.Nullable;

/**
 * Narrows a snapshot further by the filters the network service does not know (yet): the roles
 * actors hold and the intensity of ties. Degrees are counted again in the narrowed picture.
 */
final class SnapshotRefinement {

    private SnapshotRefinement() {
    }

    /**
     * The snapshot with the batch's changes applied without asking the database, when every change
     * is a tie (created, edited, confirmed, ended or deleted) or an actor edit that leaves the
     * picture's shape alone (a new name). A tie is drawn when it is valid on the filter's day, of a
     * kind and intensity the filter keeps, and both its actors are in the picture; degrees are
     * counted again. Empty when any change may move nodes in or out: then draw afresh.
     */
    static Optional<NetworkSnapshot> patched(NetworkSnapshot snapshot, List<RecordChanged> changes, NetworkFilter filter,
                                             Set<Intensity> intensities) {
        Map<String, String> names = new HashMap<>();
        Map<String, Optional<NetworkEdge>> ties = new LinkedHashMap<>();
        for (RecordChanged change : changes) {
            if (change.change() == RecordChanged.Change.UPDATED && change.before() instanceof Actor before
                    && change.after() instanceof Actor after && sameShape(before, after)) {
                names.put(after.id(), after.name());
            } else if ("Partnership".equals(change.kind())) {
                ties.put(change.id(), change.after() instanceof Partnership tie && shows(tie, filter, intensities)
                        ? Optional.of(new NetworkEdge(tie.id(), tie.fromActorId(), tie.toActorId(), tie.kind(), tie.intensity(),
                                tie.confirmed()))
                        : Optional.empty());
            } else {
                return Optional.empty();
            }
        }
        Set<String> shownIds = new HashSet<>();
        snapshot.nodes().forEach(node -> shownIds.add(node.id()));
        List<NetworkEdge> edges = new ArrayList<>();
        snapshot.edges().stream().filter(edge -> !ties.containsKey(edge.id())).forEach(edges::add);
        ties.values().stream().flatMap(Optional::stream)
                .filter(edge -> shownIds.contains(edge.sourceId()) && shownIds.contains(edge.targetId()))
                .forEach(edges::add);
        Map<String, Integer> degree = degrees(edges);
        return Optional.of(new NetworkSnapshot(snapshot.nodes().stream()
                .map(node -> new NetworkNode(node.id(), names.getOrDefault(node.id(), node.label()), node.kind(),
                        node.locatedInId(), degree.getOrDefault(node.id(), 0)))
                .toList(), edges));
    }

    private static boolean shows(Partnership tie, NetworkFilter filter, Set<Intensity> intensities) {
        return tie.validity().isCurrentOn(filter.asOf())
                && (filter.tieKinds().isEmpty() || filter.tieKinds().contains(tie.kind()))
                && (intensities.isEmpty() || intensities.contains(tie.intensity()));
    }

    private static Map<String, Integer> degrees(List<NetworkEdge> edges) {
        Map<String, Integer> degree = new HashMap<>();
        edges.stream().filter(edge -> !edge.isMoney()).forEach(edge -> { // money flows over the network are no ties
            degree.merge(edge.sourceId(), 1, Integer::sum);
            degree.merge(edge.targetId(), 1, Integer::sum);
        });
        return degree;
    }

    private static boolean sameShape(Actor before, Actor after) {
        return before.kind() == after.kind() && Objects.equals(before.locatedInId(), after.locatedInId())
                && before.activeInIds().equals(after.activeInIds()) && Objects.equals(before.affiliationId(), after.affiliationId());
    }

    /**
     * @param keptActorIds the actors to keep; {@code null} keeps all
     * @param intensities  tie intensities to keep; empty keeps all (affiliations always stay)
     */
    static NetworkSnapshot refine(NetworkSnapshot snapshot, @Nullable Set<String> keptActorIds, Set<Intensity> intensities) {
        if (keptActorIds == null && intensities.isEmpty()) {
            return snapshot;
        }
        List<NetworkEdge> edges = snapshot.edges().stream()
                .filter(edge -> keptActorIds == null || keptActorIds.contains(edge.sourceId()) && keptActorIds.contains(edge.targetId()))
                .filter(edge -> intensities.isEmpty() || edge.isAffiliation() || intensities.contains(edge.intensity()))
                .toList();
        Map<String, Integer> degree = degrees(edges);
        List<NetworkNode> nodes = snapshot.nodes().stream()
                .filter(node -> keptActorIds == null || keptActorIds.contains(node.id()))
                .map(node -> new NetworkNode(node.id(), node.label(), node.kind(), node.locatedInId(), degree.getOrDefault(node.id(), 0)))
                .toList();
        return new NetworkSnapshot(nodes, edges);
    }
}
