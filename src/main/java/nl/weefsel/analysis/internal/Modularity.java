package nl.weefsel.analysis.internal;

/**
 * Newman–Girvan modularity of a partition (M. E. J. Newman and M. Girvan, <i>Finding and
 * evaluating community structure in networks</i>, Phys. Rev. E 69, 2004):
 * Q = Σ<sub>c</sub> [ L<sub>c</sub>/m − (D<sub>c</sub>/2m)² ], with L<sub>c</sub> the weight of
 * ties inside community c, D<sub>c</sub> the summed strength of its nodes and m the total weight,
 * as networkx's {@code community.modularity} at resolution 1. Undefined (NaN) without ties.
 */
public final class Modularity {

    private Modularity() {
    }

    /** @param community community number of each node, 0 … k−1 */
    public static double of(CsrGraph graph, int[] community, boolean weighted) {
        int k = 0;
        for (int c : community) {
            k = Math.max(k, c + 1);
        }
        double[] inside = new double[k];
        double[] strength = new double[k];
        double total = 0;
        for (int v = 0; v < graph.nodeCount(); v++) {
            for (int s = graph.start(v); s < graph.end(v); s++) {
                double w = weighted ? graph.weight(s) : 1.0;
                strength[community[v]] += w;
                total += w;
                if (community[graph.target(s)] == community[v]) {
                    inside[community[v]] += w;
                }
            }
        }
        if (total == 0) {
            return Double.NaN;
        }
        // Every tie was seen from both ends: total = 2m, inside = 2 L_c.
        double m = total / 2;
        double q = 0;
        for (int c = 0; c < k; c++) {
            q += inside[c] / 2 / m - (strength[c] / total) * (strength[c] / total);
        }
        return q;
    }
}
