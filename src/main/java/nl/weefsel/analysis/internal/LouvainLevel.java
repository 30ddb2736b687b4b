package nl.weefsel.analysis.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * One level of {@link Louvain}: a weighted graph whose nodes are the previous level's
 * communities, with the weight inside each community kept as a self-loop.
 */
final class LouvainLevel {

    private final int[] offset;
    private final int[] target;
    private final double[] weight;
    private final double[] loop;
    private final double[] strength;
    private final double totalStrength;

    private LouvainLevel(int[] offset, int[] target, double[] weight, double[] loop) {
        this.offset = offset;
        this.target = target;
        this.weight = weight;
        this.loop = loop;
        this.strength = new double[loop.length];
        double total = 0;
        for (int v = 0; v < loop.length; v++) {
            double k = 2 * loop[v];
            for (int s = offset[v]; s < offset[v + 1]; s++) {
                k += weight[s];
            }
            strength[v] = k;
            total += k;
        }
        this.totalStrength = total;
    }

    static LouvainLevel of(CsrGraph graph, boolean weighted) {
        int n = graph.nodeCount();
        int[] offset = new int[n + 1];
        int[] target = new int[2 * graph.edgeCount()];
        double[] weight = new double[target.length];
        for (int v = 0; v < n; v++) {
            offset[v + 1] = graph.end(v);
            for (int s = graph.start(v); s < graph.end(v); s++) {
                target[s] = graph.target(s);
                weight[s] = weighted ? graph.weight(s) : 1.0;
            }
        }
        return new LouvainLevel(offset, target, weight, new double[n]);
    }

    int size() {
        return loop.length;
    }

    /** 2m: every tie from both ends, self-loops twice. */
    double totalStrength() {
        return totalStrength;
    }

    /**
     * The local moving phase: returns each node's community, numbered 0 … k−1 in order of first
     * node.
     */
    int[] moveNodes(Random random) {
        int n = size();
        int[] community = new int[n];
        double[] total = strength.clone();
        for (int v = 0; v < n; v++) {
            community[v] = v;
        }
        int[] order = Partitions.shuffled(n, random);
        double[] toCommunity = new double[n];
        int[] touched = new int[n];
        int moves;
        do {
            moves = 0;
            for (int u : order) {
                int best = bestCommunity(u, community, total, toCommunity, touched);
                if (best != community[u]) {
                    community[u] = best;
                    moves++;
                }
            }
        } while (moves > 0);
        return Partitions.renumbered(community);
    }

    /** Takes u out of its community and puts it back where the gain is largest. */
    private int bestCommunity(int u, int[] community, double[] total, double[] toCommunity, int[] touched) {
        int count = 0;
        for (int s = offset[u]; s < offset[u + 1]; s++) {
            int c = community[target[s]];
            if (toCommunity[c] == 0) {
                touched[count++] = c;
            }
            toCommunity[c] += weight[s];
        }
        int own = community[u];
        double k = strength[u];
        total[own] -= k;
        int best = own;
        double bestGain = toCommunity[own] - total[own] * k / totalStrength;
        // A move must win by more than rounding noise, or near-ties could cycle forever.
        double margin = 1e-12 * k;
        for (int i = 0; i < count; i++) {
            int c = touched[i];
            double gain = toCommunity[c] - total[c] * k / totalStrength;
            if (gain > bestGain + margin) {
                best = c;
                bestGain = gain;
            }
        }
        total[best] += k;
        for (int i = 0; i < count; i++) {
            toCommunity[touched[i]] = 0;
        }
        return best;
    }

    /** Modularity of a partition of this level's nodes, which is that of the original graph. */
    double modularity(int[] community) {
        int k = Arrays.stream(community).max().orElse(-1) + 1;
        double[] inside = new double[k];
        double[] total = new double[k];
        for (int v = 0; v < size(); v++) {
            int c = community[v];
            total[c] += strength[v];
            inside[c] += 2 * loop[v];
            for (int s = offset[v]; s < offset[v + 1]; s++) {
                if (community[target[s]] == c) {
                    inside[c] += weight[s];
                }
            }
        }
        double q = 0;
        for (int c = 0; c < k; c++) {
            q += inside[c] / totalStrength - (total[c] / totalStrength) * (total[c] / totalStrength);
        }
        return q;
    }

    /** The next level: one node per community, ties summed, inside weight as self-loop. */
    LouvainLevel aggregate(int[] community) {
        int k = Arrays.stream(community).max().orElse(-1) + 1;
        List<int[]> members = Partitions.members(community);
        double[] newLoop = new double[k];
        int[] newOffset = new int[k + 1];
        int[] newTarget = new int[target.length];
        double[] newWeight = new double[target.length];
        double[] toCommunity = new double[k];
        int[] touched = new int[k];
        int slots = 0;
        for (int c = 0; c < k; c++) {
            int count = 0;
            for (int u : members.get(c)) {
                newLoop[c] += loop[u];
                for (int s = offset[u]; s < offset[u + 1]; s++) {
                    int d = community[target[s]];
                    if (d == c) {
                        newLoop[c] += weight[s] / 2;
                    } else {
                        if (toCommunity[d] == 0) {
                            touched[count++] = d;
                        }
                        toCommunity[d] += weight[s];
                    }
                }
            }
            newOffset[c] = slots;
            for (int i = 0; i < count; i++) {
                newTarget[slots] = touched[i];
                newWeight[slots++] = toCommunity[touched[i]];
                toCommunity[touched[i]] = 0;
            }
        }
        newOffset[k] = slots;
        return new LouvainLevel(newOffset, Arrays.copyOf(newTarget, slots), Arrays.copyOf(newWeight, slots), newLoop);
    }
}
