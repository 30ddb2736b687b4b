package nl.weefsel.analysis.internal;

import org.jspecify.annotations.Nullable;

/**
 * Betweenness and closeness centrality from one breadth-first search per source, both from the
 * same search.
 *
 * <p><b>Betweenness</b> of v is Σ<sub>s≠v≠t</sub> σ<sub>st</sub>(v) / σ<sub>st</sub>, the share of
 * shortest s–t paths through v, computed with Brandes' dependency accumulation
 * (U. Brandes, <i>A faster algorithm for betweenness centrality</i>, J. Math. Sociol. 25(2), 2001):
 * δ<sub>s</sub>(v) = Σ<sub>w: v pred. of w</sub> σ<sub>sv</sub>/σ<sub>sw</sub> (1 + δ<sub>s</sub>(w)).
 * The raw value counts each unordered pair once (networkx {@code normalized=False}); the normalized
 * value divides by (n−1)(n−2)/2.
 *
 * <p><b>Closeness</b> is Wasserman and Faust's variant for disconnected graphs (S. Wasserman and
 * K. Faust, <i>Social Network Analysis</i>, 1994, eq. 5.5; networkx {@code wf_improved=True}):
 * C(v) = (r−1)/Σd(v,u) · (r−1)/(n−1), with r the number of nodes reachable from v including v.
 *
 * <p>The searches run eight sources at a time ({@link BatchedSearch}) on a copy of the graph in
 * {@link LocalityOrder}, on all cores ({@link ParallelSources}).
 */
public final class ShortestPathCentrality {

    private final CsrGraph graph;
    private @Nullable Result result;

    private record Result(double[] betweennessRaw, double[] closeness) {
    }

    public ShortestPathCentrality(CsrGraph graph) {
        this.graph = graph;
    }

    /** Each unordered pair once, as networkx {@code betweenness_centrality(normalized=False)}. */
    public double[] betweennessRaw() {
        return result().betweennessRaw().clone();
    }

    /** Raw betweenness scaled to [0, 1] by the number of pairs not including the node. */
    public double[] betweenness() {
        return normalize(result().betweennessRaw());
    }

    public double[] closeness() {
        return result().closeness().clone();
    }

    /** networkx's rescaling: 2/((n−1)(n−2)) of the raw value, none for n ≤ 2. */
    static double[] normalize(double[] raw) {
        int n = raw.length;
        double[] normalized = raw.clone();
        if (n > 2) {
            double scale = 1.0 / ((n - 1.0) * (n - 2.0));
            for (int v = 0; v < n; v++) {
                normalized[v] = 2 * raw[v] * scale;
            }
        }
        return normalized;
    }

    private synchronized Result result() {
        if (result == null) {
            LocalityOrder local = LocalityOrder.of(graph);
            int n = graph.nodeCount();
            double[] closeness = new double[n];
            double[] sum = ParallelSources.sum(n, BatchedSearch.batches(n),
                    () -> new BatchedSearch(local.graph, closeness));
            // Every unordered pair was counted from both ends.
            for (int v = 0; v < n; v++) {
                sum[v] *= 0.5;
            }
            result = new Result(local.restore(sum), local.restore(closeness));
        }
        return result;
    }
}
