package nl.weefsel.analysis.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.weefsel.analysis.AnalysisGraph;

/**
 * An undirected simple graph in compressed sparse row form: the neighbours of node {@code v} are
 * {@code target[offset[v]] … target[offset[v+1]-1]}, in ascending order, with the tie's weight at
 * the same position (a <em>slot</em>). Node {@code i} is the {@code i}-th node of the
 * {@link AnalysisGraph}.
 *
 * <p>All-pairs algorithms spend their time walking adjacency lists; flat int arrays keep that walk
 * in cache, where JGraphT's hash-map graphs chase pointers. Parallel edges are merged into one tie
 * with the summed weight.
 */
public final class CsrGraph {

    private final int[] offset;
    private final int[] target;
    private final double[] weight;
    private final int[] reverse;

    private CsrGraph(int[] offset, int[] target, double[] weight) {
        this.offset = offset;
        this.target = target;
        this.weight = weight;
        this.reverse = reverseSlots(offset, target);
    }

    public static CsrGraph of(AnalysisGraph graph) {
        Map<String, Integer> index = new HashMap<>(graph.nodes().size() * 2);
        List<AnalysisGraph.Node> nodes = graph.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            index.put(nodes.get(i).id(), i);
        }
        List<AnalysisGraph.Edge> edges = graph.edges();
        int[] from = new int[edges.size()];
        int[] to = new int[edges.size()];
        double[] weights = new double[edges.size()];
        for (int e = 0; e < edges.size(); e++) {
            from[e] = index.get(edges.get(e).source());
            to[e] = index.get(edges.get(e).target());
            weights[e] = edges.get(e).weight();
        }
        return of(nodes.size(), from, to, weights);
    }

    /** Builds from edge arrays; {@code from[e] != to[e]}, duplicates are merged. */
    public static CsrGraph of(int n, int[] from, int[] to, double[] weights) {
        int[] count = new int[n + 1];
        for (int e = 0; e < from.length; e++) {
            count[from[e] + 1]++;
            count[to[e] + 1]++;
        }
        for (int v = 0; v < n; v++) {
            count[v + 1] += count[v];
        }
        // Slot keys: neighbour in the high half, edge number in the low half, so that sorting a
        // node's keys orders its neighbours and keeps parallel edges in file order.
        long[] keys = new long[2 * from.length];
        int[] fill = Arrays.copyOf(count, n);
        for (int e = 0; e < from.length; e++) {
            keys[fill[from[e]]++] = ((long) to[e] << 32) | e;
            keys[fill[to[e]]++] = ((long) from[e] << 32) | e;
        }
        return merge(n, count, keys, weights);
    }

    private static CsrGraph merge(int n, int[] start, long[] keys, double[] weights) {
        int[] offset = new int[n + 1];
        int[] target = new int[keys.length];
        double[] weight = new double[keys.length];
        int slots = 0;
        for (int v = 0; v < n; v++) {
            Arrays.sort(keys, start[v], start[v + 1]);
            offset[v] = slots;
            for (int k = start[v]; k < start[v + 1]; k++) {
                int neighbour = (int) (keys[k] >>> 32);
                double w = weights[(int) keys[k]];
                if (slots > offset[v] && target[slots - 1] == neighbour) {
                    weight[slots - 1] += w;
                } else {
                    target[slots] = neighbour;
                    weight[slots++] = w;
                }
            }
        }
        offset[n] = slots;
        return new CsrGraph(offset, Arrays.copyOf(target, slots), Arrays.copyOf(weight, slots));
    }

    /** reverse[slot of u→v] = slot of v→u; sorted lists let one sweep pair them up in O(m). */
    private static int[] reverseSlots(int[] offset, int[] target) {
        int n = offset.length - 1;
        int[] cursor = Arrays.copyOf(offset, n);
        int[] reverse = new int[target.length];
        for (int u = 0; u < n; u++) {
            for (int s = offset[u]; s < offset[u + 1]; s++) {
                reverse[s] = cursor[target[s]]++;
            }
        }
        return reverse;
    }

    public int nodeCount() {
        return offset.length - 1;
    }

    /** Number of distinct ties. */
    public int edgeCount() {
        return target.length / 2;
    }

    public int degree(int v) {
        return offset[v + 1] - offset[v];
    }

    public int start(int v) {
        return offset[v];
    }

    public int end(int v) {
        return offset[v + 1];
    }

    public int target(int slot) {
        return target[slot];
    }

    public double weight(int slot) {
        return weight[slot];
    }

    /** The node whose adjacency list holds this slot. */
    public int source(int slot) {
        return target[reverse[slot]];
    }

    public int reverse(int slot) {
        return reverse[slot];
    }

    /** Sum of the weights of the node's ties (its strength). */
    public double strength(int v) {
        double sum = 0;
        for (int s = offset[v]; s < offset[v + 1]; s++) {
            sum += weight[s];
        }
        return sum;
    }

    /** Direct access for the hot loops of all-pairs algorithms; do not modify. */
    int[] offsets() {
        return offset;
    }

    int[] targets() {
        return target;
    }

    double[] weights() {
        return weight;
    }
}
