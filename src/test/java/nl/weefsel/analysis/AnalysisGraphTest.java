package nl.weefsel.analysis;

import static nl.weefsel.analysis.TestGraphs.graph;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AnalysisGraphTest {

    private static final List<AnalysisGraph.Node> ABC =
            List.of(new AnalysisGraph.Node("a"), new AnalysisGraph.Node("b"), new AnalysisGraph.Node("c"));

    @Test
    void a_duplicate_node_id_names_both_nodes() {
        List<AnalysisGraph.Node> nodes = List.of(new AnalysisGraph.Node("a"), new AnalysisGraph.Node("b"),
                new AnalysisGraph.Node("a"));
        assertThatThrownBy(() -> new AnalysisGraph(nodes, List.of()))
                .isInstanceOf(InvalidGraphException.class)
                .hasMessage("node 2: duplicate id \"a\", already used by node 0");
    }

    @Test
    void an_edge_naming_an_unknown_node_says_which_edge_and_which_end() {
        List<AnalysisGraph.Edge> edges = List.of(new AnalysisGraph.Edge("a", "b"), new AnalysisGraph.Edge("b", "x"));
        assertThatThrownBy(() -> new AnalysisGraph(ABC, edges))
                .isInstanceOf(InvalidGraphException.class)
                .hasMessage("edge 1 (b–x): unknown target node \"x\"");
    }

    @Test
    void a_negative_weight_is_reported_with_the_edge_and_the_value() {
        List<AnalysisGraph.Edge> edges = List.of(new AnalysisGraph.Edge("a", "b", -1));
        assertThatThrownBy(() -> new AnalysisGraph(ABC, edges))
                .isInstanceOf(InvalidGraphException.class)
                .hasMessage("edge 0 (a–b): weight must be positive, was -1");
    }

    @Test
    void zero_and_non_finite_weights_are_rejected() {
        assertThatThrownBy(() -> new AnalysisGraph(ABC, List.of(new AnalysisGraph.Edge("a", "b", 0))))
                .hasMessage("edge 0 (a–b): weight must be positive, was 0");
        assertThatThrownBy(() -> new AnalysisGraph(ABC, List.of(new AnalysisGraph.Edge("a", "b", Double.NaN))))
                .hasMessage("edge 0 (a–b): weight must be a finite number, was NaN");
        assertThatThrownBy(() -> new AnalysisGraph(ABC, List.of(new AnalysisGraph.Edge("a", "b", 0.5),
                new AnalysisGraph.Edge("b", "c", Double.POSITIVE_INFINITY))))
                .hasMessage("edge 1 (b–c): weight must be a finite number, was Infinity");
    }

    @Test
    void a_self_loop_is_rejected() {
        assertThatThrownBy(() -> new AnalysisGraph(ABC, List.of(new AnalysisGraph.Edge("c", "c"))))
                .isInstanceOf(InvalidGraphException.class)
                .hasMessageStartingWith("edge 0 (c–c): self-loop");
    }

    @Test
    void parallel_edges_become_one_tie_with_the_summed_weight() {
        AnalysisGraph twice = graph("a-b:2", "b-a:3", "b-c");
        AnalysisResult result = NetworkAnalysis.analyze(twice, AnalysisOptions.WEIGHTED);
        assertThat(result.graph().edges()).isEqualTo(2);
        assertThat(result.node("b").degree()).isEqualTo(2);
        // b's weighted PageRank share towards a (5 of 6) exceeds that towards c (1 of 6).
        assertThat(result.node("a").weightedPagerank()).isGreaterThan(result.node("c").weightedPagerank());
    }

    @Test
    void the_subgraph_of_an_area_keeps_only_ties_inside_it() {
        AnalysisGraph graph = graph("a-b", "b-c", "c-d", "a-x");
        AnalysisGraph area = graph.subgraph(Set.of("a", "b", "c"));
        assertThat(area.nodes()).extracting(AnalysisGraph.Node::id).containsExactly("a", "b", "c");
        assertThat(area.edges()).hasSize(2);
    }

    @Test
    void the_subgraph_with_partners_adds_outside_partners_and_the_ties_among_them() {
        AnalysisGraph graph = graph("a-b", "b-x", "x-y", "a-y", "y-z");
        AnalysisGraph area = graph.subgraphWithPartners(Set.of("a", "b"));
        assertThat(area.nodes()).extracting(AnalysisGraph.Node::id).containsExactly("a", "b", "x", "y");
        assertThat(area.edges()).extracting(e -> e.source() + "-" + e.target())
                .containsExactly("a-b", "b-x", "x-y", "a-y");
    }

    @Test
    void a_subgraph_of_an_unknown_node_is_an_error() {
        assertThatThrownBy(() -> graph("a-b").subgraph(Set.of("q")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown node \"q\"");
    }
}
