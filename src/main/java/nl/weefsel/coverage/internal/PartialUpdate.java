package nl.weefsel.coverage.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import nl.weefsel.coverage.CoverageFindings;

/**
 * Brings findings up to date for the areas a change touched: their grey zones and white spots are
 * recomputed (with the areas inside them and those they lie in), the others kept; continuity risks
 * and brokers are network-wide and recomputed only when the network changed.
 */
final class PartialUpdate {

    private PartialUpdate() {
    }

    static CoverageFindings of(CoverageFindings previous, CoverageComputation computation, Collection<String> changedAreaIds,
                               boolean networkChanged) {
        AreaTree tree = computation.tree();
        Set<String> areas = new HashSet<>();
        changedAreaIds.stream().filter(id -> tree.find(id).isPresent()).forEach(id -> areas.addAll(tree.affectedBy(id)));
        return new CoverageFindings(computation.data().day(), Instant.now(),
                merge(previous.greyZones(), zone -> areas.contains(zone.area().id()), computation.greyZones(areas), GreyZones.RANKING),
                merge(previous.whiteSpots(), spot -> areas.contains(spot.area().id()), computation.whiteSpots(areas), WhiteSpots.RANKING),
                networkChanged ? computation.continuityRisks() : previous.continuityRisks(),
                networkChanged ? computation.brokers() : previous.brokers());
    }

    private static <T> List<T> merge(List<T> previous, Predicate<T> replaced, Collection<T> fresh, Comparator<T> ranking) {
        List<T> merged = new ArrayList<>(previous.stream().filter(replaced.negate()).toList());
        merged.addAll(fresh);
        merged.sort(ranking);
        return merged;
    }
}
