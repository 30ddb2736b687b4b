package nl.weefsel.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Small graphs for hand-worked tests, written as ties: {@code graph("a-b", "b-c", "z")}. */
public final class TestGraphs {

    private TestGraphs() {
    }

    /**
     * A graph from ties "a-b" or weighted ties "a-b:2.5"; a lone name adds an isolated node. Nodes
     * are numbered in order of first mention.
     */
    public static AnalysisGraph graph(String... ties) {
        Set<String> ids = new LinkedHashSet<>();
        List<AnalysisGraph.Edge> edges = new ArrayList<>();
        for (String tie : ties) {
            String[] weighted = tie.split(":");
            String[] ends = weighted[0].split("-");
            ids.add(ends[0]);
            if (ends.length == 2) {
                ids.add(ends[1]);
                double weight = weighted.length == 2 ? Double.parseDouble(weighted[1]) : 1.0;
                edges.add(new AnalysisGraph.Edge(ends[0], ends[1], weight));
            }
        }
        return new AnalysisGraph(ids.stream().map(AnalysisGraph.Node::new).toList(), edges);
    }

    /** a – b – c – d */
    public static AnalysisGraph path() {
        return graph("a-b", "b-c", "c-d");
    }

    /** centre c with leaves l1 … l4 */
    public static AnalysisGraph star() {
        return graph("c-l1", "c-l2", "c-l3", "c-l4");
    }

    /** triangle a, b, c with d hanging from c */
    public static AnalysisGraph triangleWithPendant() {
        return graph("a-b", "b-c", "c-a", "c-d");
    }

    /** triangles a, b, c and d, e, f joined by the bridge c – d */
    public static AnalysisGraph twoTrianglesJoinedByABridge() {
        return graph("a-b", "b-c", "c-a", "d-e", "e-f", "f-d", "c-d");
    }

    /** the tie a – b and the isolated node z */
    public static AnalysisGraph pairAndIsolatedNode() {
        return graph("a-b", "z");
    }
}
