package nl.weefsel.analysis;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * networkx's reference values in {@code ../shared/oracle/} (relative to the project root, where
 * Maven runs the tests). Tests that need it are skipped, visibly, where it is absent.
 */
public final class Oracle {

    public static final Path ROOT = Path.of("..", "shared", "oracle");
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final JsonNode metrics;

    private Oracle(JsonNode metrics) {
        this.metrics = metrics;
    }

    public static Oracle load(String name) {
        Path file = ROOT.resolve("results").resolve(name + ".metrics.json");
        assumeTrue(Files.isRegularFile(file), "networkx oracle not found at " + file.toAbsolutePath());
        return new Oracle(JSON.readTree(file.toFile()));
    }

    public static AnalysisGraph graph(String name) throws IOException {
        return GraphJson.read(ROOT.resolve("graphs").resolve(name + ".json"));
    }

    /** node id → value of a node metric; null where networkx has NaN. */
    public Map<String, Double> nodeValues(String metric) {
        Map<String, Double> values = new LinkedHashMap<>();
        metrics.path("node_metrics").path(metric).path("values").properties()
                .forEach(entry -> values.put(entry.getKey(), entry.getValue().isNull() ? null : entry.getValue().asDouble()));
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no node metric " + metric);
        }
        return values;
    }

    public double graphValue(String metric) {
        return metrics.path("graph_metrics").path(metric).asDouble();
    }

    public JsonNode path(String... names) {
        JsonNode node = metrics;
        for (String name : names) {
            node = node.path(name);
        }
        return node;
    }

    public List<List<String>> groups(String... path) {
        List<List<String>> groups = new ArrayList<>();
        for (JsonNode group : path(path)) {
            groups.add(strings(group));
        }
        return groups;
    }

    public static List<String> strings(JsonNode array) {
        List<String> strings = new ArrayList<>();
        array.forEach(value -> strings.add(value.asString()));
        return strings;
    }
}
