package nl.weefsel.analysis.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WeightedShortestPathCentralityTest {

    /**
     * A 5-cycle s–x–t–q–p–s where s–t has two shortest paths of length exactly 1: via x
     * (½ + ½) and via p, q (½ + ⅓ + ⅙). In floating point the second sums to 0.9999999999999999, so
     * exact comparison would credit only p and q.
     */
    private static final CsrGraph CYCLE = Csr.of("s-x:2", "x-t:2", "s-p:2", "p-q:3", "q-t:6");
    private static final int S = 0;
    private static final int X = 1;
    private static final int T = 2;
    private static final int P = 3;
    private static final int Q = 4;

    @Test
    void paths_of_equal_length_count_as_ties_despite_rounding() {
        double[] raw = new WeightedShortestPathCentrality(CYCLE).betweennessRaw();
        // s–t splits between x and {p, q}; x–p (length 1 both ways) between s and {t, q};
        // s–q only via p; x–q only via t; t–p only via q.
        assertThat(raw[S]).isCloseTo(0.5, within(1e-12));
        assertThat(raw[X]).isCloseTo(0.5, within(1e-12));
        assertThat(raw[T]).isCloseTo(1.5, within(1e-12));
        assertThat(raw[P]).isCloseTo(1.5, within(1e-12));
        assertThat(raw[Q]).isCloseTo(2.0, within(1e-12));
    }

    @Test
    void weighted_closeness_sums_inverse_weight_distances() {
        double[] closeness = new WeightedShortestPathCentrality(CYCLE).closeness();
        // From s: x ½, p ½, q ⅚, t 1; 4 / (17/6) = 24/17.
        assertThat(closeness[S]).isCloseTo(24.0 / 17, within(1e-12));
    }

    @Test
    void with_unit_weights_it_agrees_with_the_unweighted_search() {
        CsrGraph graph = Csr.of("a-b", "b-c", "c-d", "d-a", "a-c", "d-e", "f-g", "h");
        ShortestPathCentrality unweighted = new ShortestPathCentrality(graph);
        WeightedShortestPathCentrality weighted = new WeightedShortestPathCentrality(graph);
        assertThat(weighted.betweennessRaw()).containsExactly(unweighted.betweennessRaw(), within(1e-12));
        assertThat(weighted.closeness()).containsExactly(unweighted.closeness(), within(1e-12));
    }
}
