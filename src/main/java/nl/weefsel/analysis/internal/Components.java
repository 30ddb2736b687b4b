package nl.weefsel.analysis.internal;

import java.util.Arrays;

/** Connected components by breadth-first search, numbered as {@link Partitions#canonical}. */
public final class Components {

    private Components() {
    }

    public static int[] of(CsrGraph graph) {
        int n = graph.nodeCount();
        int[] component = new int[n];
        Arrays.fill(component, -1);
        int[] queue = new int[n];
        int count = 0;
        for (int root = 0; root < n; root++) {
            if (component[root] >= 0) {
                continue;
            }
            component[root] = count;
            queue[0] = root;
            for (int head = 0, tail = 1; head < tail; head++) {
                int v = queue[head];
                for (int s = graph.start(v); s < graph.end(v); s++) {
                    int w = graph.target(s);
                    if (component[w] < 0) {
                        component[w] = count;
                        queue[tail++] = w;
                    }
                }
            }
            count++;
        }
        return Partitions.canonical(component);
    }
}
