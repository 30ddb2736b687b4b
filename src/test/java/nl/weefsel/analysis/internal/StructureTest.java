package nl.weefsel.analysis.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Components, articulation points, bridges and cores, including graphs too deep to recurse. */
class StructureTest {

    @Test
    void a_cycle_has_no_bridges_and_no_articulation_points() {
        Biconnectivity cycle = new Biconnectivity(Csr.of("a-b", "b-c", "c-d", "d-a"));
        assertThat(cycle.bridges()).isEmpty();
        assertThat(cycle.articulationPoints()).containsOnly(false);
    }

    @Test
    void a_path_of_fifty_thousand_nodes_is_searched_without_overflowing_the_stack() {
        CsrGraph path = Csr.path(50_000);
        Biconnectivity biconnectivity = new Biconnectivity(path);
        assertThat(biconnectivity.bridges()).hasSize(49_999);
        boolean[] articulation = biconnectivity.articulationPoints();
        assertThat(articulation[0]).isFalse();
        assertThat(articulation[1]).isTrue();
        assertThat(articulation[49_998]).isTrue();
        assertThat(articulation[49_999]).isFalse();
        assertThat(Components.of(path)).containsOnly(0);
        assertThat(new CoreNumber(path).cores()).containsOnly(1);
    }

    @Test
    void the_root_of_the_search_is_an_articulation_point_only_with_two_subtrees() {
        // a is the root (index 0): one subtree in the first graph, two in the second.
        assertThat(new Biconnectivity(Csr.of("a-b", "b-c", "c-a")).articulationPoints()[0]).isFalse();
        assertThat(new Biconnectivity(Csr.of("a-b", "a-c")).articulationPoints()[0]).isTrue();
    }

    @Test
    void bridges_are_listed_lower_index_first_in_sorted_order() {
        List<int[]> bridges = new Biconnectivity(Csr.of("d-c", "a-b", "b-c", "c-a")).bridges();
        assertThat(bridges).hasSize(1);
        assertThat(bridges.get(0)).containsExactly(0, 1);
    }

    @Test
    void components_are_numbered_largest_first_then_by_first_node() {
        int[] components = Components.of(Csr.of("a", "b-c", "d-e", "e-f"));
        assertThat(components).containsExactly(2, 1, 1, 0, 0, 0);
    }

    @Test
    void core_numbers_of_a_clique_with_a_tail() {
        int[] cores = new CoreNumber(Csr.of("a-b", "a-c", "a-d", "b-c", "b-d", "c-d", "d-e", "e-f")).cores();
        assertThat(cores).containsExactly(3, 3, 3, 3, 1, 1);
    }
}
