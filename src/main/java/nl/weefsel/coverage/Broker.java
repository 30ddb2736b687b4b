package nl.weefsel.coverage;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An actor that links sectors which are not linked directly ("spin in het web").
 *
 * @param sectorsBridged  the sectors of its contacts
 * @param brokeredPairs   pairs of its contacts from different sectors that have no tie of their own
 * @param betweenness     share of shortest paths between other actors that run through it (0 to 1)
 * @param constraint      Burt's constraint (low: many structural holes)
 * @param effectiveSize   Burt's effective size: contacts that are not redundant
 */
public record Broker(ActorRef actor, Sector sector, Set<Sector> sectorsBridged, int brokeredPairs, int degree,
                     double betweenness, @Nullable Double constraint, @Nullable Double effectiveSize) {

    public Broker {
        sectorsBridged = Set.copyOf(sectorsBridged);
    }
}
