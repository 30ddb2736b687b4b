package nl.weefsel.analysis.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsrGraphTest {

    @Test
    void neighbours_are_listed_in_ascending_order_with_their_weights() {
        CsrGraph graph = Csr.of("a", "b", "c", "a-c:3", "a-b:2", "c-b");
        assertThat(graph.nodeCount()).isEqualTo(3);
        assertThat(graph.edgeCount()).isEqualTo(3);
        int a = 0;
        assertThat(graph.target(graph.start(a))).isEqualTo(1);
        assertThat(graph.weight(graph.start(a))).isEqualTo(2.0);
        assertThat(graph.target(graph.start(a) + 1)).isEqualTo(2);
        assertThat(graph.weight(graph.start(a) + 1)).isEqualTo(3.0);
    }

    @Test
    void parallel_edges_are_merged_and_their_weights_summed() {
        CsrGraph graph = Csr.of("a-b:2", "b-a:0.5", "a-b");
        assertThat(graph.edgeCount()).isEqualTo(1);
        assertThat(graph.degree(0)).isEqualTo(1);
        assertThat(graph.weight(graph.start(0))).isEqualTo(3.5);
        assertThat(graph.strength(1)).isEqualTo(3.5);
    }

    @Test
    void reverse_slot_points_back_along_the_same_tie() {
        CsrGraph graph = Csr.of("a-b", "a-c", "b-c", "c-d");
        for (int v = 0; v < graph.nodeCount(); v++) {
            for (int s = graph.start(v); s < graph.end(v); s++) {
                int back = graph.reverse(s);
                assertThat(graph.target(back)).isEqualTo(v);
                assertThat(graph.source(back)).isEqualTo(graph.target(s));
                assertThat(graph.source(s)).isEqualTo(v);
            }
        }
    }

    @Test
    void locality_order_renumbers_without_changing_the_graph() {
        CsrGraph graph = Csr.of("a-b", "c-d", "d-e", "e-c", "e-f", "g");
        LocalityOrder local = LocalityOrder.of(graph);
        assertThat(local.graph.edgeCount()).isEqualTo(graph.edgeCount());
        double[] degrees = new double[graph.nodeCount()];
        for (int v = 0; v < degrees.length; v++) {
            degrees[v] = local.graph.degree(v);
        }
        double[] restored = local.restore(degrees);
        for (int v = 0; v < degrees.length; v++) {
            assertThat(restored[v]).isEqualTo(graph.degree(v));
        }
    }
}
