package nl.weefsel.coverage.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The structural metrics continuity risks and brokers are built on, for an undirected simple graph
 * of actor ids: one small seam between the findings and the analysis engine that computes them.
 */
public interface NetworkStructure {

    /**
     * @param articulationPoints nodes whose removal splits their component
     * @param bridges            edges whose removal splits their component, as two-element lists
     * @param betweenness        normalised betweenness per node, 0 to 1
     * @param constraint         Burt's constraint per node with at least one tie
     * @param effectiveSize      Burt's effective size per node with at least one tie
     */
    record Metrics(Set<String> articulationPoints, List<List<String>> bridges, Map<String, Double> betweenness,
                   Map<String, Double> constraint, Map<String, Double> effectiveSize) {
    }

    /** @param edges each pair once, as two-element lists of node ids */
    Metrics analyse(List<String> nodes, List<List<String>> edges);

    /** The implementation coverage uses. */
    static NetworkStructure standard() {
        return new AnalysisEngineStructure();
    }

    /** The standard implementation, reusing its last metrics while the network's structure stays the same. */
    static NetworkStructure remembering() {
        return new RememberedStructure(standard());
    }
}
