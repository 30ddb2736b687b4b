package nl.weefsel.analysis.internal;

/**
 * Local clustering coefficient: the share of pairs of a node's neighbours that are tied
 * themselves, C(v) = 2 T(v) / (d(v)(d(v) − 1)), 0 for degree below 2 (D. J. Watts and
 * S. H. Strogatz, <i>Collective dynamics of 'small-world' networks</i>, Nature 393, 1998), as
 * networkx's unweighted {@code clustering}.
 */
public final class Clustering {

    private Clustering() {
    }

    public static double[] of(CsrGraph graph, long[] triangles) {
        double[] clustering = new double[graph.nodeCount()];
        for (int v = 0; v < clustering.length; v++) {
            long d = graph.degree(v);
            // networkx divides twice the triangle count by d(d−1); same operations, same bits.
            clustering[v] = triangles[v] == 0 ? 0.0 : (2.0 * triangles[v]) / (double) (d * (d - 1));
        }
        return clustering;
    }
}
