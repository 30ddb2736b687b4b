package nl.weefsel.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.weefsel.actor.Actor;
import nl.weefsel.actor.ActorFilter;
import nl.weefsel.actor.ActorService;
import nl.weefsel.partnership.Partnership;
import nl.weefsel.partnership.PartnershipService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds network snapshots from the actors and their ties. */
@Service
@Transactional(readOnly = true)
public class NetworkService {

    private final ActorService actors;
    private final PartnershipService partnerships;

    NetworkService(ActorService actors, PartnershipService partnerships) {
        this.actors = actors;
        this.partnerships = partnerships;
    }

    /**
     * The actors the filter selects, the ties among them that are valid on its day, and the
     * affiliations of people with organisations among them.
     */
    public NetworkSnapshot snapshot(NetworkFilter filter) {
        Map<String, Actor> selected = new HashMap<>();
        actors.list(new ActorFilter(null, filter.kinds(), filter.areaId())).forEach(actor -> selected.put(actor.id(), actor));

        List<NetworkEdge> edges = new ArrayList<>();
        for (Partnership tie : partnerships.currentOn(filter.asOf())) {
            boolean kept = filter.tieKinds().isEmpty() || filter.tieKinds().contains(tie.kind());
            if (kept && selected.containsKey(tie.fromActorId()) && selected.containsKey(tie.toActorId())) {
                edges.add(new NetworkEdge(tie.id(), tie.fromActorId(), tie.toActorId(), tie.kind(), tie.intensity(), tie.confirmed()));
            }
        }
        for (Actor actor : selected.values()) {
            if (actor.affiliationId() != null && selected.containsKey(actor.affiliationId())) {
                edges.add(new NetworkEdge("member-" + actor.id(), actor.id(), actor.affiliationId(), null, null, true));
            }
        }

        Map<String, Integer> degree = new HashMap<>();
        edges.forEach(edge -> {
            degree.merge(edge.sourceId(), 1, Integer::sum);
            degree.merge(edge.targetId(), 1, Integer::sum);
        });
        List<NetworkNode> nodes = selected.values().stream()
                .sorted(java.util.Comparator.comparing(Actor::name, String.CASE_INSENSITIVE_ORDER))
                .map(actor -> new NetworkNode(actor.id(), actor.name(), actor.kind(), actor.locatedInId(),
                        degree.getOrDefault(actor.id(), 0)))
                .toList();
        return new NetworkSnapshot(nodes, edges);
    }
}
