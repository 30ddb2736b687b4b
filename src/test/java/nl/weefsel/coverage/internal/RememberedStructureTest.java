package nl.weefsel.coverage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RememberedStructureTest {

    private final AtomicInteger analyses = new AtomicInteger();
    private final NetworkStructure counted = (nodes, edges) -> {
        analyses.incrementAndGet();
        return NetworkStructure.standard().analyse(nodes, edges);
    };
    private final NetworkStructure remembering = new RememberedStructure(counted);

    private static final List<String> NODES = List.of("a", "b", "c", "d");
    private static final List<List<String>> PATH = List.of(List.of("a", "b"), List.of("b", "c"), List.of("c", "d"));

    @Test
    void the_same_network_again_is_not_analysed_again_and_gives_what_a_new_analysis_gives() {
        NetworkStructure.Metrics first = remembering.analyse(NODES, PATH);
        NetworkStructure.Metrics again = remembering.analyse(List.copyOf(NODES), List.copyOf(PATH));

        assertThat(analyses).hasValue(1);
        assertThat(again).isSameAs(first).isEqualTo(NetworkStructure.standard().analyse(NODES, PATH));
        assertThat(again.articulationPoints()).containsExactlyInAnyOrder("b", "c");
    }

    @Test
    void a_network_with_another_link_is_analysed_anew() {
        remembering.analyse(NODES, PATH);

        NetworkStructure.Metrics circle = remembering.analyse(NODES, List.of(List.of("a", "b"), List.of("b", "c"),
                List.of("c", "d"), List.of("a", "d")));

        assertThat(analyses).hasValue(2);
        assertThat(circle.articulationPoints()).isEmpty();
        assertThat(circle.bridges()).isEmpty();
    }

    @Test
    void the_remembered_metrics_cannot_be_changed_by_whoever_reads_them() {
        NetworkStructure.Metrics metrics = remembering.analyse(NODES, PATH);

        assertThatThrownBy(() -> metrics.betweenness().put("a", 1.0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> metrics.articulationPoints().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
