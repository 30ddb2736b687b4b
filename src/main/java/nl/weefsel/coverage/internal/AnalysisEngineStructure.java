package nl.weefsel.coverage.internal;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import nl.weefsel.analysis.AnalysisGraph;
import nl.weefsel.analysis.AnalysisOptions;
import nl.weefsel.analysis.AnalysisResult;
import nl.weefsel.analysis.NetworkAnalysis;
import org.jspecify.annotations.Nullable;

/**
 * {@link NetworkStructure} from Weefsel's analysis engine: articulation points, bridges,
 * betweenness and Burt's constraint and effective size as networkx defines them (DD004).
 * Ties are unweighted here: a continuity risk is about whether a link exists, not how strong it is.
 */
final class AnalysisEngineStructure implements NetworkStructure {

    @Override
    public Metrics analyse(List<String> nodes, List<List<String>> edges) {
        var graph = new AnalysisGraph(nodes.stream().map(AnalysisGraph.Node::new).toList(),
                edges.stream().map(edge -> new AnalysisGraph.Edge(edge.get(0), edge.get(1))).toList());
        AnalysisResult result = NetworkAnalysis.analyze(graph, AnalysisOptions.UNWEIGHTED);
        Map<String, Double> betweenness = new HashMap<>();
        Map<String, Double> constraint = new HashMap<>();
        Map<String, Double> effectiveSize = new HashMap<>();
        result.nodes().forEach((id, metrics) -> {
            betweenness.put(id, metrics.betweenness());
            putDefined(constraint, id, metrics.constraint());
            putDefined(effectiveSize, id, metrics.effectiveSize());
        });
        return new Metrics(new LinkedHashSet<>(result.graph().articulationPoints()), result.graph().bridges(),
                betweenness, constraint, effectiveSize);
    }

    private static void putDefined(Map<String, Double> values, String id, @Nullable Double value) {
        if (value != null) {
            values.put(id, value);
        }
    }
}
