package nl.weefsel.analysis;

import static nl.weefsel.analysis.TestGraphs.pairAndIsolatedNode;
import static nl.weefsel.analysis.TestGraphs.path;
import static nl.weefsel.analysis.TestGraphs.star;
import static nl.weefsel.analysis.TestGraphs.triangleWithPendant;
import static nl.weefsel.analysis.TestGraphs.twoTrianglesJoinedByABridge;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Metrics of small graphs, worked out by hand (the working is in the comments). */
class HandWorkedMetricsTest {

    private static final Offset<Double> EXACT = within(1e-12);
    private static final Offset<Double> ITERATIVE = within(1e-9);

    private static AnalysisResult analyze(AnalysisGraph graph) {
        return NetworkAnalysis.analyze(graph, AnalysisOptions.UNWEIGHTED);
    }

    @Test
    void betweenness_on_a_path_counts_the_pairs_each_inner_node_separates() {
        AnalysisResult path = analyze(path());
        // b lies between a–c and a–d; normalised by (n−1)(n−2)/2 = 3 pairs.
        assertThat(path.node("b").betweennessRaw()).isCloseTo(2.0, EXACT);
        assertThat(path.node("b").betweenness()).isCloseTo(2.0 / 3, EXACT);
        assertThat(path.node("a").betweennessRaw()).isZero();
    }

    @Test
    void closeness_on_a_path_is_reachable_nodes_over_total_distance() {
        AnalysisResult path = analyze(path());
        assertThat(path.node("a").closeness()).isCloseTo(3.0 / (1 + 2 + 3), EXACT);
        assertThat(path.node("b").closeness()).isCloseTo(3.0 / (1 + 1 + 2), EXACT);
    }

    @Test
    void every_tie_of_a_path_is_a_bridge_and_every_inner_node_an_articulation_point() {
        GraphMetrics path = analyze(path()).graph();
        assertThat(path.bridges()).containsExactly(List.of("a", "b"), List.of("b", "c"), List.of("c", "d"));
        assertThat(path.articulationPoints()).containsExactly("b", "c");
    }

    @Test
    void constraint_on_a_path_is_full_for_an_end_and_split_for_an_inner_node() {
        AnalysisResult path = analyze(path());
        // a invests all in b: (1)² = 1. b invests ½ in a and c, who are not tied: 2 · (½)² = ½.
        assertThat(path.node("a").constraint()).isCloseTo(1.0, EXACT);
        assertThat(path.node("b").constraint()).isCloseTo(0.5, EXACT);
        assertThat(path.node("b").effectiveSize()).isCloseTo(2.0, EXACT);
    }

    @Test
    void betweenness_of_a_star_centre_counts_every_leaf_pair() {
        AnalysisResult star = analyze(star());
        // C(4, 2) = 6 leaf pairs, all through the centre: the normalised maximum, 1.
        assertThat(star.node("c").betweennessRaw()).isCloseTo(6.0, EXACT);
        assertThat(star.node("c").betweenness()).isCloseTo(1.0, EXACT);
        assertThat(star.node("l1").betweenness()).isZero();
    }

    @Test
    void a_star_has_full_degree_centralization() {
        // Σ (4 − 1) over four leaves = 12, divided by (n−1)(n−2) = 12.
        assertThat(analyze(star()).graph().degreeCentralization()).isCloseTo(1.0, EXACT);
    }

    @Test
    void closeness_of_a_star_is_one_for_the_centre_and_four_sevenths_for_a_leaf() {
        AnalysisResult star = analyze(star());
        assertThat(star.node("c").closeness()).isCloseTo(1.0, EXACT);
        assertThat(star.node("l1").closeness()).isCloseTo(4.0 / (1 + 2 + 2 + 2), EXACT);
    }

    @Test
    void eigenvector_of_a_star_gives_the_centre_twice_a_leaf_with_unit_length() {
        AnalysisResult star = analyze(star());
        // λ = 2: x_c = 2 x_l and x_c² + 4 x_l² = 1, so x_l = 1/√8, x_c = 1/√2.
        assertThat(star.node("c").eigenvector()).isCloseTo(1 / Math.sqrt(2), ITERATIVE);
        assertThat(star.node("l1").eigenvector()).isCloseTo(1 / Math.sqrt(8), ITERATIVE);
    }

    @Test
    void pagerank_of_a_star_solves_the_two_balance_equations() {
        AnalysisResult star = analyze(star());
        // p_c = 0.03 + 0.85 · 4 p_l and p_l = 0.03 + 0.85 · p_c / 4 give p_c = 88/185.
        assertThat(star.node("c").pagerank()).isCloseTo(88.0 / 185, ITERATIVE);
        assertThat(star.node("l1").pagerank()).isCloseTo(97.0 / 740, ITERATIVE);
    }

    @Test
    void clustering_of_a_triangle_with_a_pendant_is_one_inside_and_a_third_at_the_joint() {
        AnalysisResult graph = analyze(triangleWithPendant());
        assertThat(graph.node("a").clustering()).isCloseTo(1.0, EXACT);
        assertThat(graph.node("c").clustering()).isCloseTo(1.0 / 3, EXACT);
        assertThat(graph.node("d").clustering()).isZero();
    }

    @Test
    void core_number_separates_the_triangle_from_its_pendant() {
        AnalysisResult graph = analyze(triangleWithPendant());
        assertThat(graph.node("a").coreNumber()).isEqualTo(2);
        assertThat(graph.node("c").coreNumber()).isEqualTo(2);
        assertThat(graph.node("d").coreNumber()).isEqualTo(1);
    }

    @Test
    void constraint_in_a_triangle_with_a_pendant_adds_the_indirect_investments() {
        AnalysisResult graph = analyze(triangleWithPendant());
        // c: for a, ⅓ + ⅓·½ (via b) = ½, squared ¼; same for b; for d (⅓)². Sum 11/18.
        assertThat(graph.node("c").constraint()).isCloseTo(11.0 / 18, EXACT);
        // a: for b, ½ + ½·⅓ (via c) = ⅔ → 4/9; for c, ½ + ½·½ (via b) = ¾ → 9/16.
        assertThat(graph.node("a").constraint()).isCloseTo(4.0 / 9 + 9.0 / 16, EXACT);
        // Effective size d − 2t/d: c has 3 contacts and 1 tie among them.
        assertThat(graph.node("c").effectiveSize()).isCloseTo(3 - 2.0 / 3, EXACT);
        assertThat(graph.node("a").effectiveSize()).isCloseTo(1.0, EXACT);
    }

    @Test
    void betweenness_of_a_triangle_joint_counts_the_pendants_paths() {
        AnalysisResult graph = analyze(triangleWithPendant());
        assertThat(graph.node("c").betweennessRaw()).isCloseTo(2.0, EXACT);
        assertThat(graph.node("d").closeness()).isCloseTo(3.0 / (1 + 2 + 2), EXACT);
        assertThat(graph.graph().articulationPoints()).containsExactly("c");
        assertThat(graph.graph().bridges()).containsExactly(List.of("c", "d"));
    }

    @Test
    void two_triangles_joined_by_a_bridge_form_two_communities_around_it() {
        GraphMetrics graph = analyze(twoTrianglesJoinedByABridge()).graph();
        assertThat(graph.communities()).containsExactly(List.of("a", "b", "c"), List.of("d", "e", "f"));
        // m = 7; each side holds 3 ties and degree 7: 2 · (3/7 − (7/14)²) = 5/14.
        assertThat(graph.modularity()).isCloseTo(5.0 / 14, EXACT);
        assertThat(graph.bridges()).containsExactly(List.of("c", "d"));
        assertThat(graph.articulationPoints()).containsExactly("c", "d");
    }

    @Test
    void each_end_of_the_bridge_carries_the_paths_from_its_triangle_across() {
        AnalysisResult graph = analyze(twoTrianglesJoinedByABridge());
        // c separates {a, b} from {d, e, f}: 6 pairs, normalised by 5 · 4 / 2 = 10.
        assertThat(graph.node("c").betweennessRaw()).isCloseTo(6.0, EXACT);
        assertThat(graph.node("c").betweenness()).isCloseTo(0.6, EXACT);
        assertThat(graph.node("c").community()).isNotEqualTo(graph.node("d").community());
    }

    @Test
    void an_isolated_node_has_no_constraint_or_effective_size_and_its_own_component() {
        AnalysisResult graph = analyze(pairAndIsolatedNode());
        NodeMetrics z = graph.node("z");
        assertThat(z.constraint()).isNull();
        assertThat(z.effectiveSize()).isNull();
        assertThat(z.degree()).isZero();
        assertThat(z.closeness()).isZero();
        assertThat(z.coreNumber()).isZero();
        assertThat(graph.graph().components()).containsExactly(List.of("a", "b"), List.of("z"));
    }

    @Test
    void closeness_next_to_an_isolated_node_is_scaled_by_the_share_reachable() {
        // a reaches 1 node at distance 1, out of n − 1 = 2: (1/1) · (1/2).
        assertThat(analyze(pairAndIsolatedNode()).node("a").closeness()).isCloseTo(0.5, EXACT);
    }

    @Test
    void pagerank_of_an_isolated_node_comes_from_jumps_and_its_own_dangling_share() {
        AnalysisResult graph = analyze(pairAndIsolatedNode());
        // p_z = 0.05 + 0.85 · p_z / 3 gives 3/43; the pair shares the rest.
        assertThat(graph.node("z").pagerank()).isCloseTo(3.0 / 43, ITERATIVE);
        assertThat(graph.node("a").pagerank()).isCloseTo(20.0 / 43, ITERATIVE);
    }

    @Test
    void density_and_centralization_of_a_pair_and_an_isolated_node() {
        GraphMetrics graph = analyze(pairAndIsolatedNode()).graph();
        assertThat(graph.density()).isCloseTo(1.0 / 3, EXACT);
        // degrees 1, 1, 0: Σ (1 − d) = 1 over (n−1)(n−2) = 2.
        assertThat(graph.degreeCentralization()).isCloseTo(0.5, EXACT);
        assertThat(graph.nodes()).isEqualTo(3);
        assertThat(graph.edges()).isEqualTo(1);
    }

    @Test
    void an_empty_graph_has_no_metrics_and_no_undefined_numbers() {
        AnalysisResult empty = analyze(new AnalysisGraph(List.of(), List.of()));
        assertThat(empty.nodes()).isEmpty();
        assertThat(empty.graph().modularity()).isNull();
        assertThat(empty.graph().degreeCentralization()).isNull();
        assertThat(empty.graph().density()).isZero();
    }
}
