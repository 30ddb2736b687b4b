package nl.weefsel.analysis.internal;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Eigenvector centrality: the principal eigenvector x of the adjacency matrix A, Ax = λx, scaled
 * to unit Euclidean length (P. Bonacich, <i>Power and centrality</i>, Am. J. Sociol. 92(5), 1987).
 *
 * <p>Computed exactly as networkx's {@code eigenvector_centrality(max_iter=10000, tol=1e-12)}:
 * power iteration on A + I (the shift makes bipartite graphs converge) from the uniform vector,
 * stopping when the L1 change is below n · tol. Following the same iteration matters beyond
 * speed: on a disconnected graph the eigenvector is not unique, and this iteration picks the same
 * one. If it has not converged after {@value #MAX_ITERATIONS} iterations the last estimate is
 * returned (networkx raises an error instead).
 */
public final class EigenvectorCentrality {

    static final int MAX_ITERATIONS = 10_000;
    static final double TOLERANCE = 1e-12;

    private final CsrGraph graph;
    private final boolean weighted;
    private double @Nullable [] scores;
    private int iterations;

    public EigenvectorCentrality(CsrGraph graph, boolean weighted) {
        this.graph = graph;
        this.weighted = weighted;
    }

    public synchronized double[] scores() {
        if (scores == null) {
            scores = iterate();
        }
        return scores.clone();
    }

    /** Power iterations used; for the benchmark and for tests of convergence. */
    public synchronized int iterations() {
        scores();
        return iterations;
    }

    private double[] iterate() {
        int n = graph.nodeCount();
        if (n == 0) {
            return new double[0];
        }
        double[] x = new double[n];
        Arrays.fill(x, 1.0 / n);
        double[] last = new double[n];
        for (iterations = 1; iterations <= MAX_ITERATIONS; iterations++) {
            double[] swap = last;
            last = x;
            x = swap;
            multiplyShifted(last, x);
            scale(x);
            if (l1Distance(x, last) < n * TOLERANCE) {
                return x;
            }
        }
        iterations = MAX_ITERATIONS;
        return x;
    }

    /** x = (A + I) last, adding neighbours in index order as networkx does. */
    private void multiplyShifted(double[] last, double[] x) {
        for (int v = 0; v < x.length; v++) {
            double sum = last[v];
            for (int s = graph.start(v), end = graph.end(v); s < end; s++) {
                sum += weighted ? last[graph.target(s)] * graph.weight(s) : last[graph.target(s)];
            }
            x[v] = sum;
        }
    }

    private static void scale(double[] x) {
        double squares = 0;
        for (double value : x) {
            squares += value * value;
        }
        double norm = squares == 0 ? 1 : Math.sqrt(squares);
        for (int v = 0; v < x.length; v++) {
            x[v] /= norm;
        }
    }

    private static double l1Distance(double[] a, double[] b) {
        double sum = 0;
        for (int v = 0; v < a.length; v++) {
            sum += Math.abs(a[v] - b[v]);
        }
        return sum;
    }
}
