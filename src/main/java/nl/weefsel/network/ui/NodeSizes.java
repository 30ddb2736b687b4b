package nl.weefsel.network.ui;

import java.util.function.ToDoubleFunction;
import nl.weefsel.analysis.AnalysisOptions;
import nl.weefsel.analysis.AnalysisResult;
import nl.weefsel.analysis.NodeMetrics;
import nl.weefsel.network.NetworkAnalysisService;
import nl.weefsel.network.NetworkFilter;
import nl.weefsel.network.NetworkNode;
import org.springframework.stereotype.Component;

/** What a node's size in the drawing stands for: its degree, or a metric of the analysis engine. */
@Component
class NodeSizes {

    enum Metric {
        DEGREE(null),
        BETWEENNESS(NodeMetrics::betweenness),
        CLOSENESS(NodeMetrics::closeness),
        EIGENVECTOR(NodeMetrics::eigenvector),
        PAGERANK(NodeMetrics::pagerank);

        private final ToDoubleFunction<NodeMetrics> value;

        Metric(ToDoubleFunction<NodeMetrics> value) {
            this.value = value;
        }
    }

    private final NetworkAnalysisService analysis;

    NodeSizes(NetworkAnalysisService analysis) {
        this.analysis = analysis;
    }

    /** The degree costs nothing; any other metric runs the analysis on the network the filter selects. */
    ToDoubleFunction<NetworkNode> of(Metric metric, NetworkFilter filter) {
        if (metric == Metric.DEGREE) {
            return NetworkNode::degree;
        }
        AnalysisResult result = analysis.analyse(filter, NetworkAnalysisService.Scope.AREA_ONLY, AnalysisOptions.UNWEIGHTED);
        return node -> result.nodes().containsKey(node.id()) ? metric.value.applyAsDouble(result.node(node.id())) : 0;
    }
}
