package nl.weefsel.analysis.internal;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Betweenness and closeness where a strong tie is a short one: the length of a tie is
 * 1 / weight, and shortest paths come from Dijkstra's algorithm, one search per source. The
 * definitions and Brandes' accumulation are those of {@link ShortestPathCentrality}
 * (U. Brandes, 2001, section 4 for the weighted case).
 *
 * <p><b>Ties between path lengths.</b> Sums of reciprocals are rarely exact in binary floating
 * point: 1/2 + 1/2 = 1 but 1/2 + 1/3 + 1/6 = 0.9999999999999999, and exact comparison would miss
 * the second shortest path (networkx with float distances does, by up to 0.002 on the karate
 * club). So:
 * <ul>
 * <li>all weights equal: plain breadth-first search, closeness scaled by the weight;</li>
 * <li>small integer weights (the usual tie strengths): lengths become exact integers in units of
 *     1 / lcm(weights), with a bucket queue ({@link BucketSearch}); ties are exact;</li>
 * <li>otherwise a heap ({@link HeapSearch}), and two path lengths within a relative {@value #TIE}
 *     count as equal. Different path lengths in real networks differ by far more.</li>
 * </ul>
 */
public final class WeightedShortestPathCentrality {

    /** Relative tolerance under which two path lengths are the same length. */
    static final double TIE = 1e-10;

    private final CsrGraph graph;
    private @Nullable Result result;

    private record Result(double[] betweennessRaw, double[] closeness) {
    }

    public WeightedShortestPathCentrality(CsrGraph graph) {
        this.graph = graph;
    }

    public double[] betweennessRaw() {
        return result().betweennessRaw().clone();
    }

    public double[] betweenness() {
        return ShortestPathCentrality.normalize(result().betweennessRaw());
    }

    public double[] closeness() {
        return result().closeness().clone();
    }

    /** Equal within {@link #TIE}; never equal to an infinite (not yet reached) distance. */
    static boolean same(double a, double b) {
        return Math.abs(a - b) <= TIE * Math.min(a, b);
    }

    private synchronized Result result() {
        if (result == null) {
            double weight = commonWeight();
            result = Double.isNaN(weight) ? dijkstra() : breadthFirst(weight);
        }
        return result;
    }

    /** With one weight w for all ties every distance is hops / w. */
    private Result breadthFirst(double weight) {
        ShortestPathCentrality hops = new ShortestPathCentrality(graph);
        double[] closeness = hops.closeness();
        for (int v = 0; v < closeness.length; v++) {
            closeness[v] *= weight;
        }
        return new Result(hops.betweennessRaw(), closeness);
    }

    private Result dijkstra() {
        LocalityOrder local = LocalityOrder.of(graph);
        int n = graph.nodeCount();
        double[] closeness = new double[n];
        BucketSearch.IntegerLengths integer = BucketSearch.IntegerLengths.of(local.graph);
        Supplier<WeightedSearch> search = integer != null
                ? () -> new BucketSearch(local.graph, integer, closeness)
                : () -> new HeapSearch(local.graph, lengths(local.graph), closeness);
        double[] sum = ParallelSources.sum(n, n, search);
        for (int v = 0; v < n; v++) {
            sum[v] *= 0.5;
        }
        return new Result(local.restore(sum), local.restore(closeness));
    }

    /** The weight shared by all ties, or NaN if they differ or there are none. */
    private double commonWeight() {
        int slots = 2 * graph.edgeCount();
        if (slots == 0) {
            return Double.NaN;
        }
        double first = graph.weight(0);
        for (int s = 1; s < slots; s++) {
            if (graph.weight(s) != first) {
                return Double.NaN;
            }
        }
        return first;
    }

    private static double[] lengths(CsrGraph graph) {
        double[] length = new double[2 * graph.edgeCount()];
        for (int s = 0; s < length.length; s++) {
            length[s] = 1.0 / graph.weight(s);
        }
        return length;
    }
}
