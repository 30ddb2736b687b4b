package nl.weefsel.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import nl.weefsel.WeefselIntegrationTest;
import nl.weefsel.actor.ActorFilter;
import nl.weefsel.actor.ActorService;
import nl.weefsel.analysis.AnalysisOptions;
import nl.weefsel.analysis.MetricsJson;
import nl.weefsel.area.AreaService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The analysis of the live demo network, whole and per wijk. */
class NetworkAnalysisServiceTest extends WeefselIntegrationTest {

    @Autowired NetworkAnalysisService analysis;
    @Autowired NetworkService network;
    @Autowired AreaService areas;
    @Autowired ActorService actors;

    @Test
    void the_whole_network_is_analysed_with_every_current_actor_and_tie() {
        var day = LocalDate.now();
        var snapshot = network.snapshot(NetworkFilter.wholeNetworkOn(day));

        var result = analysis.analyse(NetworkFilter.wholeNetworkOn(day), NetworkAnalysisService.Scope.AREA_ONLY, AnalysisOptions.UNWEIGHTED);

        assertThat(result.graph().nodes()).isEqualTo(snapshot.nodes().size());
        assertThat(result.nodes()).containsKeys(snapshot.nodes().stream().map(NetworkNode::id).toArray(String[]::new));
        String skvr = actors.list(ActorFilter.ALL).stream().filter(a -> a.name().equals("SKVR")).findFirst().orElseThrow().id();
        assertThat(result.nodes().get(skvr).betweenness()).isPositive();
        assertThat(MetricsJson.toJson(result)).contains("\"articulationPoints\"", "\"" + skvr + "\"");
    }

    @Test
    void a_wijk_with_its_outside_partners_is_larger_than_the_wijk_alone() {
        var delfshaven = areas.findByCode("WK059903").orElseThrow();
        var filter = new NetworkFilter(delfshaven.id(), LocalDate.now(), Set.of(), Set.of());

        var alone = analysis.analyse(filter, NetworkAnalysisService.Scope.AREA_ONLY, AnalysisOptions.UNWEIGHTED);
        var withPartners = analysis.analyse(filter, NetworkAnalysisService.Scope.WITH_OUTSIDE_PARTNERS, AnalysisOptions.WEIGHTED);

        assertThat(alone.graph().nodes()).isEqualTo(network.snapshot(filter).nodes().size()).isPositive();
        assertThat(withPartners.graph().nodes()).isGreaterThan(alone.graph().nodes());
        assertThat(withPartners.nodes().values()).allSatisfy(node -> assertThat(node.weightedBetweenness()).isNotNull());
    }
}
