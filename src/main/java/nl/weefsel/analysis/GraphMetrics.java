package nl.weefsel.analysis;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The metrics of the whole graph, named as in the JSON output. Node lists are in the graph's node
 * order; groups are largest first.
 *
 * @param nodes number of nodes
 * @param edges number of distinct ties
 * @param density 2m / (n(n − 1)), 0 for fewer than two nodes
 * @param degreeCentralization Freeman's Σ(d<sub>max</sub> − d<sub>v</sub>) / ((n − 1)(n − 2)):
 *     1 for a star, 0 when all degrees are equal; null for fewer than three nodes
 * @param components connected components, as lists of node ids
 * @param articulationPoints nodes whose removal splits their component
 * @param bridges ties whose removal splits their component, as [id, id]
 * @param communities Louvain communities, as lists of node ids
 * @param modularity modularity of {@code communities}; null for a graph without ties
 */
public record GraphMetrics(
        int nodes,
        int edges,
        double density,
        @Nullable Double degreeCentralization,
        List<List<String>> components,
        List<String> articulationPoints,
        List<List<String>> bridges,
        List<List<String>> communities,
        @Nullable Double modularity) {

    public GraphMetrics {
        components = copy(components);
        articulationPoints = List.copyOf(articulationPoints);
        bridges = copy(bridges);
        communities = copy(communities);
    }

    private static List<List<String>> copy(List<List<String>> groups) {
        return groups.stream().map(List::copyOf).toList();
    }
}
