package nl.weefsel.analysis.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Articulation points (nodes whose removal disconnects their component) and bridges (ties whose
 * removal does) from one depth-first search with low points (J. Hopcroft and R. Tarjan,
 * <i>Efficient algorithms for graph manipulation</i>, CACM 16(6), 1973; R. Tarjan, <i>A note on
 * finding the bridges of a graph</i>, 1974).
 *
 * <p>The search keeps its own stack, so a 50,000-node path does not overflow the thread's.
 */
public final class Biconnectivity {

    private final CsrGraph graph;
    private boolean @Nullable [] articulation;
    private @Nullable List<int[]> bridges;

    public Biconnectivity(CsrGraph graph) {
        this.graph = graph;
    }

    public synchronized boolean[] articulationPoints() {
        search();
        return articulation.clone();
    }

    /** Bridges as {lower index, higher index}, sorted. */
    public synchronized List<int[]> bridges() {
        search();
        return List.copyOf(bridges);
    }

    private void search() {
        if (articulation != null) {
            return;
        }
        int n = graph.nodeCount();
        articulation = new boolean[n];
        bridges = new ArrayList<>();
        int[] discovered = new int[n];
        int[] low = new int[n];
        int[] parent = new int[n];
        int[] next = new int[n];
        int[] stack = new int[n];
        int time = 1;
        for (int root = 0; root < n; root++) {
            if (discovered[root] != 0) {
                continue;
            }
            int rootChildren = 0;
            int depth = 0;
            stack[depth++] = root;
            discovered[root] = low[root] = time++;
            parent[root] = -1;
            next[root] = graph.start(root);
            while (depth > 0) {
                int v = stack[depth - 1];
                if (next[v] < graph.end(v)) {
                    int w = graph.target(next[v]++);
                    if (discovered[w] == 0) {
                        parent[w] = v;
                        discovered[w] = low[w] = time++;
                        next[w] = graph.start(w);
                        stack[depth++] = w;
                        rootChildren += v == root ? 1 : 0;
                    } else if (w != parent[v]) {
                        low[v] = Math.min(low[v], discovered[w]);
                    }
                } else {
                    depth--;
                    finish(v, parent, discovered, low);
                }
            }
            articulation[root] = rootChildren > 1;
        }
        bridges.sort(Comparator.<int[]>comparingInt(b -> b[0]).thenComparingInt(b -> b[1]));
    }

    /** v's subtree is done: pass its low point up and test the tree edge parent–v. */
    private void finish(int v, int[] parent, int[] discovered, int[] low) {
        int p = parent[v];
        if (p < 0) {
            return;
        }
        low[p] = Math.min(low[p], low[v]);
        if (low[v] > discovered[p]) {
            bridges.add(new int[] {Math.min(p, v), Math.max(p, v)});
        }
        if (parent[p] >= 0 && low[v] >= discovered[p]) {
            articulation[p] = true;
        }
    }
}
