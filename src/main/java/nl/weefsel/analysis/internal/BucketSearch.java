package nl.weefsel.analysis.internal;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Dijkstra's algorithm with a bucket queue (R. B. Dial, <i>Algorithm 360: Shortest-path forest
 * with topological ordering</i>, CACM 12(11), 1969) for ties with small integer weights, the usual
 * case for tie strength. With L the least common multiple of the weights, a tie of weight w has
 * integer length L / w, so distances are exact integers: ties between paths are exact, as in
 * networkx with fractions, and a node is queued in O(1). Used when every length fits one of
 * {@value #BUCKETS} buckets, whose occupancy is one {@code long}.
 */
final class BucketSearch extends WeightedSearch {

    static final int BUCKETS = 64;
    private static final int UNREACHED = Integer.MAX_VALUE;

    private final int[] length;
    private final long unit;
    private final int[] distance;
    private final boolean[] settled;
    private final int[] head = new int[BUCKETS];
    private final int[] entryNode;
    private final int[] entryNext;
    private long occupied;
    private long distanceSum;

    /** Lengths in units of 1 / unit, or none if the weights are not small integers. */
    record IntegerLengths(int[] length, long unit) {

        static @Nullable IntegerLengths of(CsrGraph graph) {
            long lcm = 1;
            double lightest = Double.POSITIVE_INFINITY;
            for (int s = 0; s < 2 * graph.edgeCount(); s++) {
                double w = graph.weight(s);
                if (w != Math.rint(w) || w < 1 || w >= BUCKETS) {
                    return null;
                }
                lcm = lcm / gcd(lcm, (long) w) * (long) w;
                lightest = Math.min(lightest, w);
                if (lcm / lightest >= BUCKETS) {
                    return null;
                }
            }
            int[] length = new int[2 * graph.edgeCount()];
            for (int s = 0; s < length.length; s++) {
                length[s] = (int) (lcm / (long) graph.weight(s));
            }
            return new IntegerLengths(length, lcm);
        }

        private static long gcd(long a, long b) {
            return b == 0 ? a : gcd(b, a % b);
        }
    }

    BucketSearch(CsrGraph graph, IntegerLengths lengths, double[] closeness) {
        super(graph, closeness);
        this.length = lengths.length();
        this.unit = lengths.unit();
        this.distance = new int[n];
        this.settled = new boolean[n];
        this.entryNode = new int[length.length + 1];
        this.entryNext = new int[length.length + 1];
        Arrays.fill(distance, UNREACHED);
        Arrays.fill(head, -1);
    }

    @Override
    int search(int source) {
        int entries = 0;
        distance[source] = 0;
        entries = push(source, 0, entries);
        int count = 0;
        int found = 0;
        distanceSum = 0;
        for (int current = 0; occupied != 0; current = nextOccupied(current)) {
            int bucket = current % BUCKETS;
            while (head[bucket] >= 0) {
                int v = entryNode[head[bucket]];
                head[bucket] = entryNext[head[bucket]];
                if (settled[v] || distance[v] != current) {
                    continue;
                }
                settled[v] = true;
                predecessorStart[count] = found;
                order[count++] = v;
                distanceSum += current;
                double paths = v == source ? 1 : 0;
                for (int s = offset[v], end = offset[v + 1]; s < end; s++) {
                    int w = target[s];
                    int through = current + length[s];
                    if (settled[w]) {
                        if (distance[w] + length[s] == current) {
                            paths += sigma[w];
                            predecessors[found++] = w;
                        }
                    } else if (through < distance[w]) {
                        distance[w] = through;
                        entries = push(w, through, entries);
                    }
                }
                sigma[v] = paths;
            }
            occupied &= ~(1L << bucket);
        }
        predecessorStart[count] = found;
        return count;
    }

    private int push(int node, int at, int entries) {
        int bucket = at % BUCKETS;
        entryNode[entries] = node;
        entryNext[entries] = head[bucket];
        head[bucket] = entries;
        occupied |= 1L << bucket;
        return entries + 1;
    }

    /** The next distance after {@code current} whose bucket holds entries. */
    private int nextOccupied(int current) {
        int bucket = current % BUCKETS;
        long rotated = Long.rotateRight(occupied, bucket + 1);
        return current + 1 + Long.numberOfTrailingZeros(rotated);
    }

    @Override
    double distanceSum() {
        return (double) distanceSum / unit;
    }

    @Override
    void clear(int v) {
        distance[v] = UNREACHED;
        settled[v] = false;
    }
}
