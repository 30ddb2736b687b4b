package nl.weefsel.analysis.internal;

/**
 * Single-source shortest paths by tie length with Brandes' accumulation; the subclasses differ in
 * how they order nodes by distance. Path counts are pulled when a node is settled: its settled
 * neighbours one tie's length closer are its predecessors, recorded for the accumulation, so each
 * tie is examined once per source.
 */
abstract class WeightedSearch implements ParallelSources.Visitor {

    final int n;
    final int[] offset;
    final int[] target;
    final double[] sigma;
    final int[] order;
    final int[] predecessorStart;
    final int[] predecessors;
    private final double[] closeness;
    private final double[] delta;

    WeightedSearch(CsrGraph graph, double[] closeness) {
        this.n = graph.nodeCount();
        this.offset = graph.offsets();
        this.target = graph.targets();
        this.closeness = closeness;
        this.sigma = new double[n];
        this.delta = new double[n];
        this.order = new int[n];
        this.predecessorStart = new int[n + 1];
        this.predecessors = new int[target.length];
    }

    /**
     * Settles every node reachable from the source by non-decreasing distance, filling order,
     * sigma and the predecessor lists.
     *
     * @return the number of nodes reached, and in {@link #distanceSum()} the sum of their distances
     */
    abstract int search(int source);

    /** Sum of the distances from the last search's source. */
    abstract double distanceSum();

    /** Forgets the node's distance before the next search. */
    abstract void clear(int v);

    @Override
    public final void visit(int source, double[] betweenness) {
        int reached = search(source);
        closeness[source] = closeness(reached, distanceSum());
        accumulate(reached, betweenness);
        for (int k = 0; k < reached; k++) {
            int v = order[k];
            clear(v);
            sigma[v] = 0;
            delta[v] = 0;
        }
    }

    private double closeness(int reached, double distanceSum) {
        if (distanceSum <= 0 || n <= 1) {
            return 0.0;
        }
        double c = (reached - 1.0) / distanceSum;
        return c * ((reached - 1.0) / (n - 1));
    }

    private void accumulate(int reached, double[] betweenness) {
        for (int k = reached - 1; k > 0; k--) {
            int w = order[k];
            double coefficient = (1 + delta[w]) / sigma[w];
            for (int p = predecessorStart[k]; p < predecessorStart[k + 1]; p++) {
                int v = predecessors[p];
                delta[v] += sigma[v] * coefficient;
            }
            betweenness[w] += delta[w];
        }
    }
}
