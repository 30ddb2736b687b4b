package nl.weefsel.analysis.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.weefsel.analysis.Oracle;
import org.junit.jupiter.api.Test;

class LouvainTest {

    /** Six 5-cliques in a ring, neighbouring cliques joined by one tie. */
    private static CsrGraph ringOfCliques() {
        List<String> ties = new ArrayList<>();
        for (int c = 0; c < 6; c++) {
            for (int i = 0; i < 5; i++) {
                for (int j = i + 1; j < 5; j++) {
                    ties.add("k" + c + "_" + i + "-k" + c + "_" + j);
                }
            }
            ties.add("k" + c + "_0-k" + (c + 1) % 6 + "_4");
        }
        return Csr.of(ties.toArray(String[]::new));
    }

    @Test
    void finds_each_clique_of_a_ring_of_cliques() {
        int[] communities = new Louvain(ringOfCliques(), false, Louvain.SEED).communities();
        for (int v = 0; v < communities.length; v++) {
            assertThat(communities[v]).as("node %d", v).isEqualTo(communities[v / 5 * 5]);
        }
        assertThat(java.util.Arrays.stream(communities).distinct().count()).isEqualTo(6);
    }

    @Test
    void the_same_seed_gives_the_same_partition() {
        CsrGraph graph = ShortestPathCentralityTest.RandomGraph.connected(500, 2000, 5, false).csr();
        assertThat(new Louvain(graph, false, Louvain.SEED).communities())
                .isEqualTo(new Louvain(graph, false, Louvain.SEED).communities());
    }

    @Test
    void modularity_of_the_karate_club_factions_matches_networkx_exactly() throws IOException {
        Oracle oracle = Oracle.load("karate");
        CsrGraph karate = CsrGraph.of(Oracle.graph("karate"));
        int[] faction = new int[34];
        for (String id : Oracle.strings(oracle.path("communities", "reference_partition_club_factions", "communities")
                .get(1))) {
            faction[Integer.parseInt(id)] = 1;
        }
        var reference = oracle.path("communities", "reference_partition_club_factions");
        assertThat(Modularity.of(karate, faction, false))
                .isCloseTo(reference.path("modularity_unweighted").asDouble(), within(1e-12));
        assertThat(Modularity.of(karate, faction, true))
                .isCloseTo(reference.path("modularity_weighted").asDouble(), within(1e-12));
    }

    @Test
    void weighted_louvain_on_the_karate_club_reaches_97_percent_of_networkx() throws IOException {
        Oracle oracle = Oracle.load("karate");
        CsrGraph karate = CsrGraph.of(Oracle.graph("karate"));
        int[] communities = new Louvain(karate, true, Louvain.SEED).communities();
        double networkx = oracle.path("communities", "louvain_weighted", "modularity").asDouble();
        assertThat(Modularity.of(karate, communities, true)).isGreaterThanOrEqualTo(0.97 * networkx);
    }

    @Test
    void weighted_constraint_and_effective_size_match_networkx() throws IOException {
        Oracle oracle = Oracle.load("karate");
        CsrGraph karate = CsrGraph.of(Oracle.graph("karate"));
        StructuralHoles holes = new StructuralHoles(karate, true);
        double[] constraint = holes.constraint();
        double[] effectiveSize = holes.effectiveSize();
        Map<String, Double> expectedConstraint = oracle.nodeValues("constraint_weighted");
        Map<String, Double> expectedSize = oracle.nodeValues("effective_size_weighted");
        for (int v = 0; v < 34; v++) {
            assertThat(constraint[v]).isCloseTo(expectedConstraint.get(String.valueOf(v)), within(1e-9));
            assertThat(effectiveSize[v]).isCloseTo(expectedSize.get(String.valueOf(v)), within(1e-9));
        }
    }
}
