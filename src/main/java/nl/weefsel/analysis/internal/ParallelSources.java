package nl.weefsel.analysis.internal;

import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Runs a single-source computation from every node on all cores, with a result that does not
 * depend on the number of cores or on scheduling.
 *
 * <p>Sources are dealt round-robin into a fixed number of chunks (so each chunk gets a fair mix of
 * cheap and expensive sources); each chunk runs sequentially with its own workspace and its own
 * accumulator, and the accumulators are summed in chunk order. Floating-point addition is not
 * associative, so a fixed summation order is what makes two runs give identical bits.
 */
final class ParallelSources {

    /** Enough chunks to balance load on a many-core machine; few enough to keep memory small. */
    static final int CHUNKS = 32;

    /** What one source contributes: adds into {@code accumulator}, may write other per-source results. */
    interface SourceVisitor {
        void visit(int source, double[] accumulator);
    }

    private ParallelSources() {
    }

    /** Visits every source once and returns the node-wise sum of all contributions. */
    static double[] sum(int n, Supplier<? extends SourceVisitor> workspace) {
        int chunks = Math.max(1, Math.min(CHUNKS, n));
        double[][] partial = new double[chunks][];
        IntStream.range(0, chunks).parallel().forEach(chunk -> {
            SourceVisitor visitor = workspace.get();
            double[] accumulator = new double[n];
            for (int source = chunk; source < n; source += chunks) {
                visitor.visit(source, accumulator);
            }
            partial[chunk] = accumulator;
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
