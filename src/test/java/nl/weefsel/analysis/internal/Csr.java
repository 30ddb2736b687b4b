package nl.weefsel.analysis.internal;

import nl.weefsel.analysis.TestGraphs;

/** Test shorthand: a {@link CsrGraph} from ties written as in {@link TestGraphs#graph}. */
final class Csr {

    private Csr() {
    }

    static CsrGraph of(String... ties) {
        return CsrGraph.of(TestGraphs.graph(ties));
    }

    /** The path 0 – 1 – … – (n−1). */
    static CsrGraph path(int n) {
        int[] from = new int[n - 1];
        int[] to = new int[n - 1];
        double[] weight = new double[n - 1];
        for (int i = 0; i < n - 1; i++) {
            from[i] = i;
            to[i] = i + 1;
            weight[i] = 1;
        }
        return CsrGraph.of(n, from, to, weight);
    }
}
