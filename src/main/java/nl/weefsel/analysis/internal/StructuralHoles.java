package nl.weefsel.analysis.internal;

import org.jspecify.annotations.Nullable;

/**
 * Burt's structural holes measures (R. S. Burt, <i>Structural Holes</i>, 1992), as networkx's
 * {@code constraint} and {@code effective_size}. With p<sub>ij</sub> = w<sub>ij</sub> / Σ<sub>k</sub>
 * w<sub>ik</sub> the share of i's tie strength invested in j (1/d(i) unweighted):
 * <ul>
 * <li><b>constraint</b> c(i) = Σ<sub>j∈N(i)</sub> (p<sub>ij</sub> + Σ<sub>q</sub> p<sub>iq</sub>
 *     p<sub>qj</sub>)², high when i's contacts are tied to each other: no brokerage;</li>
 * <li><b>effective size</b> e(i) = Σ<sub>j∈N(i)</sub> (1 − Σ<sub>q</sub> p<sub>iq</sub>
 *     m<sub>jq</sub>), m<sub>jq</sub> = w<sub>jq</sub> / max<sub>k</sub> w<sub>jk</sub>: the number
 *     of non-redundant contacts. Unweighted this is Borgatti's d − 2T/d, which networkx uses.</li>
 * </ul>
 * The inner sums run over q tied to both i and j, so every term belongs to a triangle; listing
 * triangles once ({@link Triangles}) keeps this O(m^1.5) instead of quadratic in hub degree.
 * Both are undefined (NaN here, null in results) for a node without ties.
 */
public final class StructuralHoles {

    private final CsrGraph graph;
    private final boolean weighted;
    private double @Nullable [] constraint;
    private double @Nullable [] effectiveSize;

    public StructuralHoles(CsrGraph graph, boolean weighted) {
        this.graph = graph;
        this.weighted = weighted;
    }

    public synchronized double[] constraint() {
        compute();
        return constraint.clone();
    }

    public synchronized double[] effectiveSize() {
        compute();
        return effectiveSize.clone();
    }

    private void compute() {
        if (constraint != null) {
            return;
        }
        int slots = 2 * graph.edgeCount();
        double[] share = new double[slots];
        double[] relative = new double[slots];
        for (int v = 0; v < graph.nodeCount(); v++) {
            double strength = 0;
            double strongest = 0;
            for (int s = graph.start(v); s < graph.end(v); s++) {
                strength += tie(s);
                strongest = Math.max(strongest, tie(s));
            }
            for (int s = graph.start(v); s < graph.end(v); s++) {
                share[s] = tie(s) / strength;
                relative[s] = tie(s) / strongest;
            }
        }
        double[] indirect = new double[slots];
        double[] redundancy = new double[graph.nodeCount()];
        long[] triangles = new long[graph.nodeCount()];
        Triangles.forEach(graph, (uv, vw, uw) -> {
            int vu = graph.reverse(uv);
            int wv = graph.reverse(vw);
            int wu = graph.reverse(uw);
            // Each ordered pair (i, j) of the triangle gains the two-step path through the third.
            indirect[uv] += share[uw] * share[wv];
            indirect[vu] += share[vw] * share[wu];
            indirect[uw] += share[uv] * share[vw];
            indirect[wu] += share[wv] * share[vu];
            indirect[vw] += share[vu] * share[uw];
            indirect[wv] += share[wu] * share[uv];
            redundancy[graph.source(uv)] += share[uw] * relative[vw] + share[uv] * relative[wv];
            redundancy[graph.source(vu)] += share[vw] * relative[uw] + share[vu] * relative[wu];
            redundancy[graph.source(wu)] += share[wu] * relative[vu] + share[wv] * relative[uv];
            triangles[graph.source(uv)]++;
            triangles[graph.source(vu)]++;
            triangles[graph.source(wu)]++;
        });
        constraint = sumSquares(share, indirect);
        effectiveSize = effectiveSize(redundancy, triangles);
    }

    private double tie(int slot) {
        return weighted ? graph.weight(slot) : 1.0;
    }

    private double[] sumSquares(double[] share, double[] indirect) {
        double[] result = new double[graph.nodeCount()];
        for (int v = 0; v < result.length; v++) {
            double sum = graph.degree(v) == 0 ? Double.NaN : 0;
            for (int s = graph.start(v); s < graph.end(v); s++) {
                double total = share[s] + indirect[s];
                sum += total * total;
            }
            result[v] = sum;
        }
        return result;
    }

    private double[] effectiveSize(double[] redundancy, long[] triangles) {
        double[] result = new double[graph.nodeCount()];
        for (int v = 0; v < result.length; v++) {
            int d = graph.degree(v);
            if (d == 0) {
                result[v] = Double.NaN;
            } else if (weighted) {
                result[v] = d - redundancy[v];
            } else {
                result[v] = d - (2.0 * triangles[v]) / d;
            }
        }
        return result;
    }
}
