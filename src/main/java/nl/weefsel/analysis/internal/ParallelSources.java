package nl.weefsel.analysis.internal;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Runs single-source (or few-source) computations from every node on all cores, with a result
 * that does not depend on the number of cores or on scheduling.
 *
 * <p>Work units (a source, or a batch of sources) are dealt round-robin into a fixed number of
 * chunks, so each chunk gets a fair mix of cheap and expensive units; each chunk runs sequentially
 * into its own accumulator, and the accumulators are summed in chunk order. Floating-point
 * addition is not associative, so this fixed order is what makes two runs give identical bits.
 * Workspaces (the searches' arrays) are reused across chunks, so there are only as many as
 * threads.
 */
final class ParallelSources {

    /** Enough chunks to balance load on a many-core machine; few enough to keep memory small. */
    static final int CHUNKS = 32;

    /** One unit of work: adds its contribution into {@code accumulator}, may write other results. */
    interface Visitor {
        void visit(int unit, double[] accumulator);
    }

    private ParallelSources() {
    }

    /**
     * Visits every unit 0 … units−1 once and returns the element-wise sum of all contributions.
     *
     * @param n length of the accumulator (the number of nodes)
     */
    static <V extends Visitor> double[] sum(int n, int units, Supplier<V> workspace) {
        int chunks = Math.max(1, Math.min(CHUNKS, units));
        double[][] partial = new double[chunks][];
        Queue<V> idle = new ConcurrentLinkedQueue<>();
        IntStream.range(0, chunks).parallel().forEach(chunk -> {
            V visitor = idle.poll();
            if (visitor == null) {
                visitor = workspace.get();
            }
            double[] accumulator = new double[n];
            for (int unit = chunk; unit < units; unit += chunks) {
                visitor.visit(unit, accumulator);
            }
            partial[chunk] = accumulator;
            idle.add(visitor);
        });
        double[] total = new double[n];
        for (double[] contribution : partial) {
            for (int v = 0; v < n; v++) {
                total[v] += contribution[v];
            }
        }
        return total;
    }
}
