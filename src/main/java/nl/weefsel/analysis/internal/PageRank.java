package nl.weefsel.analysis.internal;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * PageRank with damping α = 0.85 (S. Brin and L. Page, <i>The anatomy of a large-scale
 * hypertextual Web search engine</i>, 1998): the stationary distribution of a walk that follows a
 * tie with probability α, chosen in proportion to its weight, and jumps to a uniformly random node
 * otherwise. A node without ties (dangling) jumps uniformly.
 *
 * <p>Iterates as networkx's {@code pagerank(alpha=0.85, max_iter=10000, tol=1e-12)}:
 * x ← α (x P + Σ<sub>dangling</sub> x / n) + (1 − α)/n from the uniform vector, until the L1 change
 * is below n · tol, then normalised to sum 1.
 */
public final class PageRank {

    static final double ALPHA = 0.85;
    static final int MAX_ITERATIONS = 10_000;
    static final double TOLERANCE = 1e-12;

    private final CsrGraph graph;
    private final boolean weighted;
    private double @Nullable [] scores;

    public PageRank(CsrGraph graph, boolean weighted) {
        this.graph = graph;
        this.weighted = weighted;
    }

    public synchronized double[] scores() {
        if (scores == null) {
            scores = iterate();
        }
        return scores.clone();
    }

    private double[] iterate() {
        int n = graph.nodeCount();
        if (n == 0) {
            return new double[0];
        }
        double[] share = transitionShares();
        boolean[] dangling = new boolean[n];
        for (int v = 0; v < n; v++) {
            dangling[v] = graph.degree(v) == 0;
        }
        double uniform = 1.0 / n;
        double[] x = new double[n];
        Arrays.fill(x, uniform);
        double[] next = new double[n];
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double danglingSum = 0;
            for (int v = 0; v < n; v++) {
                danglingSum += dangling[v] ? x[v] : 0;
            }
            double change = 0;
            for (int v = 0; v < n; v++) {
                double inflow = 0;
                for (int s = graph.start(v), end = graph.end(v); s < end; s++) {
                    inflow += x[graph.target(s)] * share[s];
                }
                next[v] = ALPHA * (inflow + danglingSum * uniform) + (1 - ALPHA) * uniform;
                change += Math.abs(next[v] - x[v]);
            }
            double[] swap = x;
            x = next;
            next = swap;
            if (change < n * TOLERANCE) {
                break;
            }
        }
        return normalized(x);
    }

    /** share[slot v→u] = probability that a walker at u steps to v: w(u,v) / strength(u). */
    private double[] transitionShares() {
        int n = graph.nodeCount();
        double[] inverseStrength = new double[n];
        for (int u = 0; u < n; u++) {
            double strength = weighted ? graph.strength(u) : graph.degree(u);
            inverseStrength[u] = strength == 0 ? 0 : 1.0 / strength;
        }
        double[] share = new double[2 * graph.edgeCount()];
        for (int s = 0; s < share.length; s++) {
            share[s] = inverseStrength[graph.target(s)] * (weighted ? graph.weight(s) : 1.0);
        }
        return share;
    }

    private static double[] normalized(double[] x) {
        double sum = 0;
        for (double value : x) {
            sum += value;
        }
        for (int v = 0; v < x.length; v++) {
            x[v] /= sum;
        }
        return x;
    }
}
