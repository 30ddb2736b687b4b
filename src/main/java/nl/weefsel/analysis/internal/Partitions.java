package nl.weefsel.analysis.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/** Helpers for partitions of the nodes given as a group number per node. */
public final class Partitions {

    private Partitions() {
    }

    /**
     * Renumbers groups so that output is stable and readable: largest group first, equal sizes in
     * order of their first node.
     */
    public static int[] canonical(int[] group) {
        int k = Arrays.stream(group).max().orElse(-1) + 1;
        int[] size = new int[k];
        int[] first = new int[k];
        Arrays.fill(first, Integer.MAX_VALUE);
        for (int v = 0; v < group.length; v++) {
            size[group[v]]++;
            first[group[v]] = Math.min(first[group[v]], v);
        }
        Integer[] byRank = new Integer[k];
        for (int g = 0; g < k; g++) {
            byRank[g] = g;
        }
        Arrays.sort(byRank, Comparator.<Integer>comparingInt(g -> -size[g]).thenComparingInt(g -> first[g]));
        int[] rank = new int[k];
        for (int r = 0; r < k; r++) {
            rank[byRank[r]] = r;
        }
        int[] renumbered = new int[group.length];
        for (int v = 0; v < group.length; v++) {
            renumbered[v] = rank[group[v]];
        }
        return renumbered;
    }

    /** The groups as lists of node indices, ascending. */
    public static List<int[]> members(int[] group) {
        int k = Arrays.stream(group).max().orElse(-1) + 1;
        int[] size = new int[k];
        for (int g : group) {
            size[g]++;
        }
        List<int[]> members = new ArrayList<>(k);
        for (int g = 0; g < k; g++) {
            members.add(new int[size[g]]);
        }
        int[] fill = new int[k];
        for (int v = 0; v < group.length; v++) {
            members.get(group[v])[fill[group[v]]++] = v;
        }
        return members;
    }

    /** 0 … n−1 in a random order (Fisher–Yates). */
    static int[] shuffled(int n, Random random) {
        int[] order = new int[n];
        for (int v = 0; v < n; v++) {
            order[v] = v;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }

    /** Groups numbered 0 … k−1 in order of their first node. */
    static int[] renumbered(int[] community) {
        int[] number = new int[community.length];
        Arrays.fill(number, -1);
        int next = 0;
        int[] result = new int[community.length];
        for (int v = 0; v < community.length; v++) {
            if (number[community[v]] < 0) {
                number[community[v]] = next++;
            }
            result[v] = number[community[v]];
        }
        return result;
    }
}
