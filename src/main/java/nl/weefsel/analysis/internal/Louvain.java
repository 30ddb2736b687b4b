package nl.weefsel.analysis.internal;

import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * Communities by the Louvain method (V. D. Blondel, J.-L. Guillaume, R. Lambiotte and E. Lefebvre,
 * <i>Fast unfolding of communities in large networks</i>, J. Stat. Mech. P10008, 2008), shaped
 * like networkx's {@code louvain_communities(resolution=1, threshold=1e-7, seed=…)}.
 *
 * <p>Each level moves nodes, in a shuffled order, to the neighbouring community with the largest
 * modularity gain ΔQ ∝ k<sub>u,C</sub> − Σ<sub>tot,C</sub> k<sub>u</sub> / 2m until no move helps;
 * the communities then become the nodes of the next level. It stops when a level improves
 * modularity by at most 1e-7. The shuffle uses {@link Random} with a fixed seed, whose sequence
 * the JDK specifies, so the partition is the same on every machine. It is not networkx's
 * partition (that depends on Python's generator); partitions are compared by modularity.
 */
public final class Louvain {

    public static final long SEED = 42;
    static final double THRESHOLD = 1e-7;

    private final CsrGraph graph;
    private final boolean weighted;
    private final long seed;
    private int @Nullable [] communities;

    public Louvain(CsrGraph graph, boolean weighted, long seed) {
        this.graph = graph;
        this.weighted = weighted;
        this.seed = seed;
    }

    /** Community of each node, numbered as {@link Partitions#canonical}. */
    public synchronized int[] communities() {
        if (communities == null) {
            communities = Partitions.canonical(detect());
        }
        return communities.clone();
    }

    private int[] detect() {
        LouvainLevel level = LouvainLevel.of(graph, weighted);
        int[] membership = new int[graph.nodeCount()];
        for (int v = 0; v < membership.length; v++) {
            membership[v] = v;
        }
        if (level.totalStrength() == 0) {
            return membership;
        }
        Random random = new Random(seed);
        double modularity = level.modularity(identity(level.size()));
        while (true) {
            int[] moved = level.moveNodes(random);
            for (int v = 0; v < membership.length; v++) {
                membership[v] = moved[membership[v]];
            }
            double improved = level.modularity(moved);
            if (improved - modularity <= THRESHOLD) {
                return membership;
            }
            modularity = improved;
            level = level.aggregate(moved);
        }
    }

    private static int[] identity(int n) {
        int[] identity = new int[n];
        for (int v = 0; v < n; v++) {
            identity[v] = v;
        }
        return identity;
    }
}
