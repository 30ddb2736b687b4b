package nl.weefsel.network;

import java.time.LocalDate;
import java.util.Set;
import nl.weefsel.actor.ActorKind;
import nl.weefsel.partnership.TieKind;
import org.jspecify.annotations.Nullable;

/**
 * Which part of the network to show.
 *
 * @param areaId    actors located or active in this area (or inside it); {@code null} for all
 * @param asOf      ties valid on this day
 * @param kinds     actor kinds to keep; empty for all
 * @param tieKinds  tie kinds to keep; empty for all
 */
public record NetworkFilter(@Nullable String areaId, LocalDate asOf, Set<ActorKind> kinds, Set<TieKind> tieKinds) {

    public NetworkFilter {
        kinds = Set.copyOf(kinds);
        tieKinds = Set.copyOf(tieKinds);
    }

    public static NetworkFilter wholeNetworkOn(LocalDate day) {
        return new NetworkFilter(null, day, Set.of(), Set.of());
    }
}
