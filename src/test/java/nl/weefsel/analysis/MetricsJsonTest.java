package nl.weefsel.analysis;

import static nl.weefsel.analysis.TestGraphs.pairAndIsolatedNode;
import static nl.weefsel.analysis.TestGraphs.twoTrianglesJoinedByABridge;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class MetricsJsonTest {

    private static final List<String> NODE_KEYS = List.of("degree", "degreeCentrality", "betweenness",
            "betweennessRaw", "closeness", "eigenvector", "pagerank", "clustering", "coreNumber", "constraint",
            "effectiveSize", "community");

    private static JsonNode json(AnalysisGraph graph, AnalysisOptions options) {
        return JsonMapper.builder().build().readTree(MetricsJson.toJson(NetworkAnalysis.analyze(graph, options)));
    }

    @Test
    void output_has_the_graph_and_nodes_sections_with_the_documented_keys_in_order() {
        JsonNode json = json(twoTrianglesJoinedByABridge(), AnalysisOptions.UNWEIGHTED);
        assertThat(json.propertyNames()).containsExactly("graph", "nodes");
        assertThat(json.get("graph").propertyNames()).containsExactly("nodes", "edges", "density",
                "degreeCentralization", "components", "articulationPoints", "bridges", "communities", "modularity");
        assertThat(json.get("nodes").propertyNames()).containsExactly("a", "b", "c", "d", "e", "f");
        assertThat(json.get("nodes").get("c").propertyNames()).containsExactlyElementsOf(NODE_KEYS);
        assertThat(json.get("graph").get("bridges").toString()).isEqualTo("[[\"c\",\"d\"]]");
    }

    @Test
    void weighted_keys_appear_only_in_a_weighted_analysis() {
        JsonNode unweighted = json(twoTrianglesJoinedByABridge(), AnalysisOptions.UNWEIGHTED);
        JsonNode weighted = json(twoTrianglesJoinedByABridge(), AnalysisOptions.WEIGHTED);
        assertThat(unweighted.get("nodes").get("a").has("weightedBetweenness")).isFalse();
        assertThat(weighted.get("nodes").get("a").propertyNames()).endsWith("weightedBetweenness",
                "weightedCloseness", "weightedPagerank");
    }

    @Test
    void undefined_values_are_null_and_never_nan() {
        AnalysisResult result = NetworkAnalysis.analyze(pairAndIsolatedNode(), AnalysisOptions.WEIGHTED);
        String text = MetricsJson.toJson(result);
        JsonNode z = json(pairAndIsolatedNode(), AnalysisOptions.WEIGHTED).get("nodes").get("z");
        assertThat(z.get("constraint").isNull()).isTrue();
        assertThat(z.get("effectiveSize").isNull()).isTrue();
        assertThat(text).doesNotContain("NaN").doesNotContain("Infinity").endsWith("}\n");
    }

    @Test
    void numbers_read_back_to_the_same_doubles() {
        AnalysisResult result = NetworkAnalysis.analyze(twoTrianglesJoinedByABridge(), AnalysisOptions.UNWEIGHTED);
        JsonNode json = JsonMapper.builder().build().readTree(MetricsJson.toJson(result));
        assertThat(json.get("nodes").get("a").get("closeness").asDouble()).isEqualTo(result.node("a").closeness());
        assertThat(json.get("graph").get("modularity").asDouble()).isEqualTo(result.graph().modularity());
    }
}
