package nl.weefsel.analysis.internal;

import java.util.Arrays;

/**
 * Dijkstra's algorithm with a heap, for any positive lengths. Two path lengths within a relative
 * {@value WeightedShortestPathCentrality#TIE} count as equal (see
 * {@link WeightedShortestPathCentrality}).
 */
final class HeapSearch extends WeightedSearch {

    private final double[] length;
    private final double[] distance;
    private final boolean[] settled;
    private final IndexedMinHeap queue;
    private double distanceSum;

    HeapSearch(CsrGraph graph, double[] length, double[] closeness) {
        super(graph, closeness);
        this.length = length;
        this.distance = new double[n];
        this.settled = new boolean[n];
        this.queue = new IndexedMinHeap(n);
        Arrays.fill(distance, Double.POSITIVE_INFINITY);
    }

    @Override
    int search(int source) {
        distance[source] = 0;
        queue.offer(source, 0);
        int count = 0;
        int found = 0;
        distanceSum = 0;
        while (!queue.isEmpty()) {
            int v = queue.poll();
            settled[v] = true;
            predecessorStart[count] = found;
            order[count++] = v;
            double dv = distance[v];
            distanceSum += dv;
            double paths = v == source ? 1 : 0;
            for (int s = offset[v], end = offset[v + 1]; s < end; s++) {
                int w = target[s];
                if (settled[w]) {
                    if (WeightedShortestPathCentrality.same(distance[w] + length[s], dv)) {
                        paths += sigma[w];
                        predecessors[found++] = w;
                    }
                } else if (dv + length[s] < distance[w]) {
                    distance[w] = dv + length[s];
                    queue.offer(w, distance[w]);
                }
            }
            sigma[v] = paths;
        }
        predecessorStart[count] = found;
        return count;
    }

    @Override
    double distanceSum() {
        return distanceSum;
    }

    @Override
    void clear(int v) {
        distance[v] = Double.POSITIVE_INFINITY;
        settled[v] = false;
    }
}
