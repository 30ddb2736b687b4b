package nl.weefsel.analysis.internal;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Betweenness and closeness where a strong tie is a short one: the length of a tie is
 * 1 / weight, and shortest paths come from Dijkstra's algorithm, one search per source. The
 * definitions and Brandes' accumulation are those of {@link ShortestPathCentrality}
 * (U. Brandes, 2001, section 4 for the weighted case).
 *
 * <p><b>Ties between path lengths.</b> Sums of reciprocals are rarely exact in binary floating
 * point: 1/2 + 1/6 and 1/3 + 1/3 differ in the last bit, and exact comparison would miss the
 * second shortest path (networkx with float distances does, by up to 0.002 on the karate club).
 * Two lengths within a relative {@value #TIE} of each other count as equal. Distinct path
 * lengths in real networks differ by far more: with integer weights up to W on paths of k ties,
 * two different lengths differ by at least 1/W<sup>k</sup>-ish fractions, many orders above that.
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

    private static double[] lengths(CsrGraph graph) {
        double[] length = new double[2 * graph.edgeCount()];
        for (int s = 0; s < length.length; s++) {
            length[s] = 1.0 / graph.weight(s);
        }
        return length;
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

    private synchronized Result result() {
        if (result == null) {
            LocalityOrder local = LocalityOrder.of(graph);
            double[] length = lengths(local.graph);
            int n = graph.nodeCount();
            double[] closeness = new double[n];
            double[] sum = ParallelSources.sum(n, n, () -> new Search(local.graph, length, closeness));
            for (int v = 0; v < n; v++) {
                sum[v] *= 0.5;
            }
            result = new Result(local.restore(sum), local.restore(closeness));
        }
        return result;
    }

    /** Equal within {@link #TIE}; never equal to an infinite (not yet reached) distance. */
    static boolean same(double a, double b) {
        return Math.abs(a - b) <= TIE * Math.min(a, b);
    }

    private static final class Search implements ParallelSources.Visitor {

        private final int[] offset;
        private final int[] target;
        private final double[] length;
        private final double[] closeness;
        private final double[] distance;
        private final double[] sigma;
        private final double[] delta;
        private final int[] order;
        private final IndexedMinHeap queue;

        Search(CsrGraph graph, double[] length, double[] closeness) {
            int n = graph.nodeCount();
            this.offset = graph.offsets();
            this.target = graph.targets();
            this.length = length;
            this.closeness = closeness;
            this.distance = new double[n];
            this.sigma = new double[n];
            this.delta = new double[n];
            this.order = new int[n];
            this.queue = new IndexedMinHeap(distance);
            Arrays.fill(distance, Double.POSITIVE_INFINITY);
        }

        @Override
        public void visit(int source, double[] betweenness) {
            int reached = dijkstra(source);
            accumulate(reached, betweenness);
            for (int k = 0; k < reached; k++) {
                int v = order[k];
                distance[v] = Double.POSITIVE_INFINITY;
                sigma[v] = 0;
                delta[v] = 0;
            }
        }

        /** Fills distance, sigma and order (by non-decreasing distance); returns nodes reached. */
        private int dijkstra(int source) {
            distance[source] = 0;
            sigma[source] = 1;
            queue.offer(source);
            int settled = 0;
            double distanceSum = 0;
            while (!queue.isEmpty()) {
                int v = queue.poll();
                order[settled++] = v;
                distanceSum += distance[v];
                relax(v);
            }
            closeness[source] = closeness(settled, distanceSum, distance.length);
            return settled;
        }

        private void relax(int v) {
            double dv = distance[v];
            for (int s = offset[v], end = offset[v + 1]; s < end; s++) {
                int w = target[s];
                double candidate = dv + length[s];
                double current = distance[w];
                if (same(candidate, current)) {
                    sigma[w] += sigma[v];
                } else if (candidate < current) {
                    distance[w] = candidate;
                    sigma[w] = sigma[v];
                    queue.offer(w);
                }
            }
        }

        private static double closeness(int reached, double distanceSum, int n) {
            if (distanceSum <= 0 || n <= 1) {
                return 0.0;
            }
            double c = (reached - 1.0) / distanceSum;
            return c * ((reached - 1.0) / (n - 1));
        }

        private void accumulate(int reached, double[] betweenness) {
            for (int k = reached - 1; k > 0; k--) {
                int w = order[k];
                double dw = distance[w];
                double coefficient = (1 + delta[w]) / sigma[w];
                for (int s = offset[w], end = offset[w + 1]; s < end; s++) {
                    int v = target[s];
                    if (same(distance[v] + length[s], dw)) {
                        delta[v] += sigma[v] * coefficient;
                    }
                }
                betweenness[w] += delta[w];
            }
        }
    }
}
