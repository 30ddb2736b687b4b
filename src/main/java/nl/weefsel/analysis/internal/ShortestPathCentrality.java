package nl.weefsel.analysis.internal;

import java.util.Arrays;
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
 * <p>There are no predecessor lists: the accumulation re-walks each node's ties, level by level
 * (see {@code accumulate}), which needs no allocation and reads memory mostly in order.
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
            double[] sum = ParallelSources.sum(n, () -> new Search(local.graph, closeness));
            // Every unordered pair was counted from both ends.
            for (int v = 0; v < n; v++) {
                sum[v] *= 0.5;
            }
            result = new Result(local.restore(sum), local.restore(closeness));
        }
        return result;
    }

    /** One thread's arrays, reused for every source it handles. */
    private static final class Search implements ParallelSources.SourceVisitor {

        private final int[] offset;
        private final int[] target;
        private final double[] closeness;
        private final int[] distance;
        private final double[] sigma;
        private final double[] coefficient;
        private final int[] order;
        private final int[] levelStart;
        private final double[] delta;

        Search(CsrGraph graph, double[] closeness) {
            int n = graph.nodeCount();
            this.offset = graph.offsets();
            this.target = graph.targets();
            this.closeness = closeness;
            this.distance = new int[n];
            this.sigma = new double[n];
            this.coefficient = new double[n];
            this.order = new int[n];
            this.levelStart = new int[n + 2];
            this.delta = new double[n];
            Arrays.fill(distance, -1);
        }

        @Override
        public void visit(int source, double[] betweenness) {
            int levels = breadthFirst(source);
            accumulate(levels, betweenness);
            for (int k = 0; k < levelStart[levels]; k++) {
                int v = order[k];
                distance[v] = -1;
                sigma[v] = 0;
                coefficient[v] = 0;
            }
        }

        /**
         * Fills distance, sigma (number of shortest paths from the source) and order, level by
         * level; levelStart[d] is where distance d starts in order. Returns the number of levels.
         */
        private int breadthFirst(int source) {
            distance[source] = 0;
            sigma[source] = 1;
            order[0] = source;
            int tail = 1;
            int levels = 0;
            long distanceSum = 0;
            for (int from = 0, to = 1; from < to; from = to, to = tail) {
                levelStart[levels++] = from;
                int next = levels;
                for (int k = from; k < to; k++) {
                    int v = order[k];
                    double paths = sigma[v];
                    for (int s = offset[v], end = offset[v + 1]; s < end; s++) {
                        int w = target[s];
                        int dw = distance[w];
                        if (dw < 0) {
                            distance[w] = next;
                            order[tail++] = w;
                            dw = next;
                        }
                        if (dw == next) {
                            sigma[w] += paths;
                        }
                    }
                }
                distanceSum += (long) next * (tail - to);
            }
            levelStart[levels] = tail;
            closeness[source] = closeness(tail, distanceSum, distance.length);
            return levels;
        }

        /** Same operations in the same order as networkx, so the doubles agree to the last bit. */
        private static double closeness(int reached, long distanceSum, int n) {
            if (distanceSum <= 0 || n <= 1) {
                return 0.0;
            }
            double c = (reached - 1.0) / distanceSum;
            return c * ((reached - 1.0) / (n - 1));
        }

        /**
         * Brandes' accumulation, pulled rather than pushed: δ(v) = σ(v) Σ<sub>w succ. of v</sub>
         * (1 + δ(w)) / σ(w). While level d is summed, coefficient[] holds (1 + δ(w)) / σ(w) for
         * level d + 1 only and 0 elsewhere, so summing it over all neighbours picks exactly the
         * successors: one read per tie, no distance test, no scattered writes.
         */
        private void accumulate(int levels, double[] betweenness) {
            for (int level = levels - 1; level > 0; level--) {
                int from = levelStart[level];
                int to = levelStart[level + 1];
                for (int k = from; k < to; k++) {
                    int v = order[k];
                    double sum = 0;
                    for (int s = offset[v], end = offset[v + 1]; s < end; s++) {
                        sum += coefficient[target[s]];
                    }
                    delta[k] = sigma[v] * sum;
                    betweenness[v] += delta[k];
                }
                if (level + 1 < levels) {
                    for (int k = to; k < levelStart[level + 2]; k++) {
                        coefficient[order[k]] = 0;
                    }
                }
                for (int k = from; k < to; k++) {
                    coefficient[order[k]] = (1 + delta[k]) / sigma[order[k]];
                }
            }
        }
    }
}
