package nl.weefsel.analysis.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WeightedShortestPathCentralityTest {

    /**
     * A 5-cycle s–x–t–q–p–s where s–t has two shortest paths of exactly equal length: via x
     * (½ + ½) and via p, q (½ + ⅓ + ⅙). In floating point the second sums to 0.9999999999999999, so
     * exact comparison would credit only p and q. Integer weights: the exact bucket search.
     */
    private static final CsrGraph CYCLE = Csr.of("s-x:2", "x-t:2", "s-p:2", "p-q:3", "q-t:6");
    /** The same cycle with all weights scaled by 3/4: not integers, so the heap search. */
    private static final CsrGraph SCALED_CYCLE = Csr.of("s-x:1.5", "x-t:1.5", "s-p:1.5", "p-q:2.25", "q-t:4.5");
    private static final int S = 0;
    private static final int X = 1;
    private static final int T = 2;
    private static final int P = 3;
    private static final int Q = 4;

    @Test
    void integer_weights_are_searched_with_exact_integer_lengths() {
        assertThat(BucketSearch.IntegerLengths.of(CYCLE)).isNotNull();
        assertThat(BucketSearch.IntegerLengths.of(SCALED_CYCLE)).isNull();
    }

    @Test
    void paths_of_equal_length_count_as_ties_with_integer_weights() {
        assertCycleBetweenness(new WeightedShortestPathCentrality(CYCLE).betweennessRaw());
    }

    @Test
    void paths_of_equal_length_count_as_ties_despite_rounding_with_other_weights() {
        assertCycleBetweenness(new WeightedShortestPathCentrality(SCALED_CYCLE).betweennessRaw());
    }

    /** s–t splits between x and {p, q}; x–p between s and {t, q}; s–q, x–q and t–p have one path. */
    private static void assertCycleBetweenness(double[] raw) {
        assertThat(raw[S]).isCloseTo(0.5, within(1e-12));
        assertThat(raw[X]).isCloseTo(0.5, within(1e-12));
        assertThat(raw[T]).isCloseTo(1.5, within(1e-12));
        assertThat(raw[P]).isCloseTo(1.5, within(1e-12));
        assertThat(raw[Q]).isCloseTo(2.0, within(1e-12));
    }

    @Test
    void weighted_closeness_sums_inverse_weight_distances() {
        // From s: x ½, p ½, q ⅚, t 1; 4 / (17/6) = 24/17. Scaling weights by ¾ scales it by ¾.
        assertThat(new WeightedShortestPathCentrality(CYCLE).closeness()[S]).isCloseTo(24.0 / 17, within(1e-12));
        assertThat(new WeightedShortestPathCentrality(SCALED_CYCLE).closeness()[S])
                .isCloseTo(18.0 / 17, within(1e-12));
    }

    @Test
    void equal_weights_give_breadth_first_results_with_closeness_scaled_by_the_weight() {
        CsrGraph unit = Csr.of("a-b", "b-c", "c-d", "d-a", "a-c", "d-e", "f-g", "h");
        CsrGraph strong = Csr.of("a-b:4", "b-c:4", "c-d:4", "d-a:4", "a-c:4", "d-e:4", "f-g:4", "h");
        ShortestPathCentrality hops = new ShortestPathCentrality(unit);
        WeightedShortestPathCentrality weighted = new WeightedShortestPathCentrality(strong);
        assertThat(weighted.betweennessRaw()).containsExactly(hops.betweennessRaw(), within(1e-12));
        double[] expected = hops.closeness();
        for (int v = 0; v < expected.length; v++) {
            expected[v] *= 4;
        }
        assertThat(weighted.closeness()).containsExactly(expected, within(1e-12));
    }

    @Test
    void bucket_and_heap_searches_agree_on_a_random_graph_with_integer_weights() {
        CsrGraph graph = ShortestPathCentralityTest.RandomGraph.connected(150, 500, 13, true).csr();
        int n = graph.nodeCount();
        double[] length = new double[2 * graph.edgeCount()];
        for (int s = 0; s < length.length; s++) {
            length[s] = 1 / graph.weight(s);
        }
        double[] bucketCloseness = new double[n];
        double[] heapCloseness = new double[n];
        BucketSearch.IntegerLengths integer = BucketSearch.IntegerLengths.of(graph);
        double[] bucket = ParallelSources.sum(n, n, () -> new BucketSearch(graph, integer, bucketCloseness));
        double[] heap = ParallelSources.sum(n, n, () -> new HeapSearch(graph, length, heapCloseness));
        assertThat(bucket).containsExactly(heap, within(1e-9));
        assertThat(bucketCloseness).containsExactly(heapCloseness, within(1e-12));
    }
}
