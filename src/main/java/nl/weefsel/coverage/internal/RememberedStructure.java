package nl.weefsel.coverage.internal;

import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * Remembers the metrics of the last network it analysed and gives them again while the network's
 * structure stays the same. Most changes that make coverage recompute continuity risks leave the
 * actors and their links as they were (a tie's facts, its confirmation, a rename, a role or an
 * initiative), and the all-pairs betweenness behind the metrics costs seconds at province scale.
 * The metrics are a function of the node and edge lists alone, so reusing them for equal lists
 * gives exactly what a new analysis would. Lists in another order count as a different network:
 * the analysis may add up in another order, and only an exact repeat is guaranteed to be identical.
 */
final class RememberedStructure implements NetworkStructure {

    private record Analysed(List<String> nodes, List<List<String>> edges, Metrics metrics) {
    }

    private final NetworkStructure analysis;
    private final AtomicReference<@Nullable Analysed> last = new AtomicReference<>();

    RememberedStructure(NetworkStructure analysis) {
        this.analysis = analysis;
    }

    @Override
    public Metrics analyse(List<String> nodes, List<List<String>> edges) {
        Analysed previous = last.get();
        if (previous != null && previous.nodes().equals(nodes) && previous.edges().equals(edges)) {
            return previous.metrics();
        }
        List<String> nodesCopy = List.copyOf(nodes);
        List<List<String>> edgesCopy = edges.stream().map(List::copyOf).toList();
        Metrics metrics = readOnly(analysis.analyse(nodesCopy, edgesCopy));
        last.set(new Analysed(nodesCopy, edgesCopy, metrics));
        return metrics;
    }

    /** Shared between computations, so nobody may change them. */
    private static Metrics readOnly(Metrics metrics) {
        return new Metrics(Collections.unmodifiableSet(metrics.articulationPoints()),
                Collections.unmodifiableList(metrics.bridges()), Collections.unmodifiableMap(metrics.betweenness()),
                Collections.unmodifiableMap(metrics.constraint()), Collections.unmodifiableMap(metrics.effectiveSize()));
    }
}
