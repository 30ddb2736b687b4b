package nl.weefsel.network;

import java.util.List;
import nl.weefsel.analysis.AnalysisGraph;
import nl.weefsel.analysis.AnalysisOptions;
import nl.weefsel.analysis.AnalysisResult;
import nl.weefsel.analysis.NetworkAnalysis;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs the analysis engine on the live network: the whole network, or one area's actors — alone or
 * together with their partners outside the area. Ties weigh by intensity (awareness 1 … integration
 * 4); a person's affiliation with their organisation counts as a tie of weight 1.
 */
@Service
public class NetworkAnalysisService {

    /** Which actors of an area to analyse. */
    public enum Scope {
        /** Only the actors located or active in the area, and the ties among them. */
        AREA_ONLY,
        /** The area's actors, every actor tied to one of them, and the ties among all of those. */
        WITH_OUTSIDE_PARTNERS
    }

    private final NetworkService network;

    NetworkAnalysisService(NetworkService network) {
        this.network = network;
    }

    @Transactional(readOnly = true)
    public AnalysisResult analyse(NetworkFilter filter, Scope scope, AnalysisOptions options) {
        if (filter.areaId() == null) {
            return NetworkAnalysis.analyze(graphOf(network.snapshot(filter)), options);
        }
        var whole = graphOf(network.snapshot(new NetworkFilter(null, filter.asOf(), filter.kinds(), filter.tieKinds())));
        List<String> inArea = network.snapshot(filter).nodes().stream().map(NetworkNode::id).toList();
        var part = scope == Scope.AREA_ONLY ? whole.subgraph(inArea) : whole.subgraphWithPartners(inArea);
        return NetworkAnalysis.analyze(part, options);
    }

    static AnalysisGraph graphOf(NetworkSnapshot snapshot) {
        var nodes = snapshot.nodes().stream()
                .map(node -> new AnalysisGraph.Node(node.id(), node.label(), node.kind().name())).toList();
        var edges = snapshot.edges().stream()
                .filter(edge -> !edge.sourceId().equals(edge.targetId()))
                .map(edge -> new AnalysisGraph.Edge(edge.sourceId(), edge.targetId(),
                        edge.isAffiliation() ? "AFFILIATION" : edge.kind().name(),
                        edge.intensity() == null ? 1.0 : edge.intensity().weight()))
                .toList();
        return new AnalysisGraph(nodes, edges);
    }
}
