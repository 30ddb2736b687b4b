package nl.weefsel.analysis.internal;

import org.jspecify.annotations.Nullable;

/**
 * Core number: the largest k such that the node belongs to the k-core, the maximal subgraph in
 * which every node has at least k ties. Computed by repeatedly removing a node of minimum degree,
 * in O(n + m) with bucket-sorted degrees (V. Batagelj and M. Zaversnik, <i>An O(m) algorithm for
 * cores decomposition of networks</i>, 2003), as networkx's {@code core_number}.
 */
public final class CoreNumber {

    private final CsrGraph graph;
    private int @Nullable [] cores;

    public CoreNumber(CsrGraph graph) {
        this.graph = graph;
    }

    public synchronized int[] cores() {
        if (cores == null) {
            cores = decompose();
        }
        return cores.clone();
    }

    private int[] decompose() {
        int n = graph.nodeCount();
        int[] degree = new int[n];
        int maxDegree = 0;
        for (int v = 0; v < n; v++) {
            degree[v] = graph.degree(v);
            maxDegree = Math.max(maxDegree, degree[v]);
        }
        // bin[d] = first position of degree d in vertices, which is sorted by current degree.
        int[] bin = new int[maxDegree + 2];
        for (int v = 0; v < n; v++) {
            bin[degree[v] + 1]++;
        }
        for (int d = 1; d < bin.length; d++) {
            bin[d] += bin[d - 1];
        }
        int[] vertices = new int[n];
        int[] position = new int[n];
        int[] fill = bin.clone();
        for (int v = 0; v < n; v++) {
            position[v] = fill[degree[v]]++;
            vertices[position[v]] = v;
        }
        for (int i = 0; i < n; i++) {
            int v = vertices[i];
            for (int s = graph.start(v), end = graph.end(v); s < end; s++) {
                int u = graph.target(s);
                if (degree[u] > degree[v]) {
                    // Move u to the front of its bin, then shrink the bin past it.
                    int first = bin[degree[u]];
                    int w = vertices[first];
                    if (w != u) {
                        vertices[position[u]] = w;
                        position[w] = position[u];
                        vertices[first] = u;
                        position[u] = first;
                    }
                    bin[degree[u]]++;
                    degree[u]--;
                }
            }
        }
        return degree;
    }
}
