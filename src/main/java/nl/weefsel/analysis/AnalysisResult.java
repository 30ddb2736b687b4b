package nl.weefsel.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything {@link NetworkAnalysis} computed for one graph.
 *
 * @param graph graph-level metrics
 * @param nodes metrics per node id, in the graph's node order (unmodifiable)
 * @param options what was asked for; {@link AnalysisOptions#weighted()} says whether the weighted
 *     node metrics are filled in
 */
public record AnalysisResult(GraphMetrics graph, Map<String, NodeMetrics> nodes, AnalysisOptions options) {

    public AnalysisResult {
        nodes = Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
    }

    /** The metrics of one node; unknown ids are an error, as in JGraphT. */
    public NodeMetrics node(String id) {
        NodeMetrics metrics = nodes.get(id);
        if (metrics == null) {
            throw new IllegalArgumentException("unknown node \"" + id + "\"");
        }
        return metrics;
    }
}
