package nl.weefsel.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Both oracle graphs against networkx 2.8.8, within the tolerances of the oracle's README. */
class OracleTest {

    private static final double EXACT = 1e-9;
    private static final double ITERATIVE = 1e-6;

    @ParameterizedTest
    @ValueSource(strings = {"karate", "florentine"})
    void node_metrics_match_networkx_within_the_oracle_tolerances(String name) throws IOException {
        Oracle oracle = Oracle.load(name);
        AnalysisResult result = NetworkAnalysis.analyze(Oracle.graph(name), AnalysisOptions.UNWEIGHTED);
        assertMatches(result, oracle.nodeValues("degree"), NodeMetrics::degree, 0);
        assertMatches(result, oracle.nodeValues("degree_centrality"), NodeMetrics::degreeCentrality, EXACT);
        assertMatches(result, oracle.nodeValues("betweenness_normalized"), NodeMetrics::betweenness, EXACT);
        assertMatches(result, oracle.nodeValues("betweenness_raw"), NodeMetrics::betweennessRaw, EXACT);
        assertMatches(result, oracle.nodeValues("closeness"), NodeMetrics::closeness, EXACT);
        assertMatches(result, oracle.nodeValues("eigenvector"), NodeMetrics::eigenvector, ITERATIVE);
        assertMatches(result, oracle.nodeValues("pagerank"), NodeMetrics::pagerank, ITERATIVE);
        assertMatches(result, oracle.nodeValues("clustering"), NodeMetrics::clustering, EXACT);
        assertMatches(result, oracle.nodeValues("core_number"), NodeMetrics::coreNumber, 0);
        assertMatches(result, oracle.nodeValues("constraint"), NodeMetrics::constraint, EXACT);
        assertMatches(result, oracle.nodeValues("effective_size"), NodeMetrics::effectiveSize, EXACT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"karate", "florentine"})
    void graph_metrics_and_structures_match_networkx_exactly(String name) throws IOException {
        Oracle oracle = Oracle.load(name);
        GraphMetrics graph = NetworkAnalysis.analyze(Oracle.graph(name), AnalysisOptions.UNWEIGHTED).graph();
        assertThat(graph.nodes()).isEqualTo((int) oracle.graphValue("n_nodes"));
        assertThat(graph.edges()).isEqualTo((int) oracle.graphValue("n_edges"));
        assertThat(graph.density()).isCloseTo(oracle.graphValue("density"), within(EXACT));
        assertThat(graph.degreeCentralization())
                .isCloseTo(oracle.graphValue("degree_centralization_freeman"), within(EXACT));
        assertThat(graph.components()).isEqualTo(oracle.groups("structures", "connected_components", "values"));
        assertThat(graph.articulationPoints()).containsExactlyInAnyOrderElementsOf(
                Oracle.strings(oracle.path("structures", "articulation_points", "values")));
        assertThat(unordered(graph.bridges())).isEqualTo(unordered(oracle.groups("structures", "bridges", "values")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"karate", "florentine"})
    void louvain_reaches_at_least_97_percent_of_networkx_modularity(String name) throws IOException {
        Oracle oracle = Oracle.load(name);
        GraphMetrics graph = NetworkAnalysis.analyze(Oracle.graph(name), AnalysisOptions.UNWEIGHTED).graph();
        double networkx = oracle.path("communities", "louvain_unweighted", "modularity").asDouble();
        assertThat(graph.modularity()).isGreaterThanOrEqualTo(0.97 * networkx);
        assertThat(graph.communities().stream().mapToInt(List::size).sum()).isEqualTo(graph.nodes());
    }

    @ParameterizedTest
    @ValueSource(strings = {"karate"})
    void weighted_betweenness_and_pagerank_match_networkx_with_exact_inverse_weight_distances(String name)
            throws IOException {
        Oracle oracle = Oracle.load(name);
        AnalysisResult result = NetworkAnalysis.analyze(Oracle.graph(name), AnalysisOptions.WEIGHTED);
        assertMatches(result, oracle.nodeValues("betweenness_invweight_normalized"),
                NodeMetrics::weightedBetweenness, EXACT);
        assertMatches(result, oracle.nodeValues("pagerank_weighted"), NodeMetrics::weightedPagerank, ITERATIVE);
        // The unweighted metrics are unchanged by the option.
        assertMatches(result, oracle.nodeValues("betweenness_raw"), NodeMetrics::betweennessRaw, EXACT);
    }

    private static void assertMatches(AnalysisResult result, Map<String, Double> expected,
            Function<NodeMetrics, ? extends Number> metric, double tolerance) {
        assertThat(result.nodes().keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((id, value) -> {
            Number actual = metric.apply(result.node(id));
            if (value == null) {
                assertThat(actual).as("node %s", id).isNull();
            } else {
                assertThat(actual).as("node %s", id).isNotNull();
                assertThat(actual.doubleValue()).as("node %s", id).isCloseTo(value, within(tolerance));
            }
        });
    }

    private static Set<Set<String>> unordered(List<List<String>> pairs) {
        Set<Set<String>> set = new HashSet<>();
        pairs.forEach(pair -> set.add(Set.copyOf(pair)));
        return set;
    }
}
