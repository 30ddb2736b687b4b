package nl.weefsel.network.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.weefsel.WeefselIntegrationTest;
import nl.weefsel.network.NetworkFilter;
import nl.weefsel.network.NetworkNode;
import nl.weefsel.network.NetworkService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Node sizes in the network view come from the analysis engine when a metric other than degree is chosen. */
class NodeSizesTest extends WeefselIntegrationTest {

    @Autowired NodeSizes sizes;
    @Autowired NetworkService network;

    @Test
    void the_broker_of_the_demo_network_is_drawn_larger_by_betweenness_than_an_actor_without_ties() {
        var filter = NetworkFilter.wholeNetworkOn(LocalDate.now());
        var snapshot = network.snapshot(filter);
        NetworkNode skvr = snapshot.nodes().stream().filter(node -> node.label().equals("SKVR")).findFirst().orElseThrow();

        var betweenness = sizes.of(NodeSizes.Metric.BETWEENNESS, filter);

        assertThat(betweenness.applyAsDouble(skvr)).isPositive();
        assertThat(sizes.of(NodeSizes.Metric.DEGREE, filter).applyAsDouble(skvr)).isEqualTo(skvr.degree());
        assertThat(snapshot.nodes().stream().filter(node -> node.degree() == 0).mapToDouble(betweenness).max().orElse(0)).isZero();
    }
}
