package nl.weefsel.coverage.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.weefsel.actor.Actor;
import nl.weefsel.actor.ActorKind;
import nl.weefsel.coverage.ActorRef;
import nl.weefsel.coverage.Broker;
import nl.weefsel.coverage.Sector;

/**
 * Finds the brokers between sectors: actors with two contacts from different sectors that have no
 * tie of their own. Counting such pairs is the "liaison" idea of Gould and Fernandez (1989) without
 * its direction; betweenness and Burt's constraint are shown beside it.
 */
public final class Brokers {

    /** The most brokered pairs first, then the highest betweenness, then by name. */
    public static final Comparator<Broker> RANKING = Comparator.comparing(Broker::brokeredPairs, Comparator.reverseOrder())
            .thenComparing(Broker::betweenness, Comparator.reverseOrder())
            .thenComparing(broker -> broker.actor().name(), String.CASE_INSENSITIVE_ORDER);

    private final ActorGraph graph;
    private final NetworkStructure.Metrics metrics;

    public Brokers(ContinuityRisks risks) {
        this.graph = risks.graph();
        this.metrics = risks.metrics();
    }

    public List<Broker> brokers() {
        List<Broker> brokers = new ArrayList<>();
        for (String id : graph.nodes()) {
            List<String> contacts = List.copyOf(graph.neighbours(id));
            int pairs = 0;
            Set<Sector> bridged = EnumSet.noneOf(Sector.class);
            for (int i = 0; i < contacts.size(); i++) {
                for (int j = i + 1; j < contacts.size(); j++) {
                    Sector first = sector(contacts.get(i));
                    Sector second = sector(contacts.get(j));
                    if (first != second && !graph.adjacent(contacts.get(i), contacts.get(j))) {
                        pairs++;
                        bridged.add(first);
                        bridged.add(second);
                    }
                }
            }
            if (pairs > 0) {
                brokers.add(new Broker(ActorRef.of(graph.actor(id)), sector(id), bridged, pairs, contacts.size(),
                        metrics.betweenness().getOrDefault(id, 0.0), metrics.constraint().get(id),
                        metrics.effectiveSize().get(id)));
            }
        }
        brokers.sort(RANKING);
        return brokers;
    }

    /** A person counts in the sector of the organisation they work for. */
    Sector sector(String actorId) {
        Actor actor = graph.actor(actorId);
        if (actor.kind() == ActorKind.PERSON && actor.affiliationId() != null && graph.actor(actor.affiliationId()) != null) {
            return Sector.of(graph.actor(actor.affiliationId()).kind());
        }
        return Sector.of(actor.kind());
    }
}
