package nl.weefsel.analysis.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.ClosenessCentrality;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The compact, parallel searches against JGraphT's straightforward ones on random graphs. */
class ShortestPathCentralityTest {

    @Test
    void betweenness_and_closeness_agree_with_jgrapht_on_a_random_connected_graph() {
        RandomGraph random = RandomGraph.connected(300, 900, 7, false);
        ShortestPathCentrality ours = new ShortestPathCentrality(random.csr());
        var betweenness = new BetweennessCentrality<>(random.jgrapht(), false).getScores();
        var closeness = new ClosenessCentrality<>(random.jgrapht(), false, true).getScores();
        double[] raw = ours.betweennessRaw();
        double[] close = ours.closeness();
        for (int v = 0; v < 300; v++) {
            assertThat(raw[v]).isCloseTo(betweenness.get(v), within(1e-9));
            assertThat(close[v]).isCloseTo(closeness.get(v), within(1e-12));
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {1.0, 0.5})
    void weighted_betweenness_agrees_with_jgrapht_where_lengths_are_exact_in_binary(double scale) {
        // Weights 1, 2, 4 and 8 give lengths 1, ½, ¼ and ⅛: sums are exact, so plain Dijkstra
        // (JGraphT) sees the same ties. Scaled by ½ they are no longer integers: the heap search.
        RandomGraph random = RandomGraph.connected(200, 700, 11, true, scale);
        double[] raw = new WeightedShortestPathCentrality(random.csr()).betweennessRaw();
        var expected = new BetweennessCentrality<>(random.inverseWeighted(), false).getScores();
        for (int v = 0; v < 200; v++) {
            assertThat(raw[v]).isCloseTo(expected.get(v), within(1e-9));
        }
    }

    @Test
    void two_runs_give_identical_bits_whatever_the_scheduling() {
        CsrGraph graph = RandomGraph.connected(400, 1600, 3, false).csr();
        assertThat(new ShortestPathCentrality(graph).betweennessRaw())
                .isEqualTo(new ShortestPathCentrality(graph).betweennessRaw());
    }

    /** A seeded random graph: a random spanning tree plus random extra ties. */
    record RandomGraph(CsrGraph csr, Graph<Integer, DefaultWeightedEdge> jgrapht,
            Graph<Integer, DefaultWeightedEdge> inverseWeighted) {

        static RandomGraph connected(int n, int m, long seed, boolean weighted) {
            return connected(n, m, seed, weighted, 1.0);
        }

        static RandomGraph connected(int n, int m, long seed, boolean weighted, double scale) {
            Random random = new Random(seed);
            Graph<Integer, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
            Graph<Integer, DefaultWeightedEdge> inverse = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
            for (int v = 0; v < n; v++) {
                graph.addVertex(v);
                inverse.addVertex(v);
            }
            while (graph.edgeSet().size() < m) {
                int size = graph.edgeSet().size();
                int u = size < n - 1 ? size + 1 : random.nextInt(n);
                int v = size < n - 1 ? random.nextInt(u) : random.nextInt(n);
                if (u != v && !graph.containsEdge(u, v)) {
                    double weight = weighted ? scale * (1 << random.nextInt(4)) : 1;
                    graph.setEdgeWeight(graph.addEdge(u, v), weight);
                    inverse.setEdgeWeight(inverse.addEdge(u, v), 1 / weight);
                }
            }
            int[] from = new int[m];
            int[] to = new int[m];
            double[] weights = new double[m];
            int e = 0;
            for (DefaultWeightedEdge edge : graph.edgeSet()) {
                from[e] = graph.getEdgeSource(edge);
                to[e] = graph.getEdgeTarget(edge);
                weights[e++] = graph.getEdgeWeight(edge);
            }
            return new RandomGraph(CsrGraph.of(n, from, to, weights), graph, inverse);
        }
    }
}
