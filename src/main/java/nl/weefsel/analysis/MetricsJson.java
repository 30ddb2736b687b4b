package nl.weefsel.analysis;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes an {@link AnalysisResult} as JSON:
 * <pre>{"graph": {"nodes", "edges", "density", "degreeCentralization", "components",
 *            "articulationPoints", "bridges", "communities", "modularity"},
 *  "nodes": {"&lt;id&gt;": {"degree", "degreeCentrality", "betweenness", "betweennessRaw",
 *            "closeness", "eigenvector", "pagerank", "clustering", "coreNumber", "constraint",
 *            "effectiveSize", "community"}}}</pre>
 * plus {@code weightedBetweenness}, {@code weightedCloseness} and {@code weightedPagerank} per node
 * when the analysis was weighted. Undefined values are {@code null}, never NaN. Numbers are written
 * in full precision (shortest decimal that reads back to the same double).
 */
public final class MetricsJson {

    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private MetricsJson() {
    }

    /** Writes the JSON and a final newline; leaves the stream open. */
    public static void write(AnalysisResult result, OutputStream out) {
        try (JsonGenerator json = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
            json.writeStartObject();
            json.writeName("graph");
            writeGraph(json, result.graph());
            json.writeName("nodes");
            json.writeStartObject();
            for (Map.Entry<String, NodeMetrics> node : result.nodes().entrySet()) {
                json.writeName(node.getKey());
                writeNode(json, node.getValue(), result.options().weighted());
            }
            json.writeEndObject();
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    public static String toJson(AnalysisResult result) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        write(result, bytes);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static void writeGraph(JsonGenerator json, GraphMetrics graph) {
        json.writeStartObject();
        json.writeNumberProperty("nodes", graph.nodes());
        json.writeNumberProperty("edges", graph.edges());
        json.writeNumberProperty("density", graph.density());
        number(json, "degreeCentralization", graph.degreeCentralization());
        groups(json, "components", graph.components());
        json.writeName("articulationPoints");
        strings(json, graph.articulationPoints());
        groups(json, "bridges", graph.bridges());
        groups(json, "communities", graph.communities());
        number(json, "modularity", graph.modularity());
        json.writeEndObject();
    }

    private static void writeNode(JsonGenerator json, NodeMetrics node, boolean weighted) {
        json.writeStartObject();
        json.writeNumberProperty("degree", node.degree());
        json.writeNumberProperty("degreeCentrality", node.degreeCentrality());
        json.writeNumberProperty("betweenness", node.betweenness());
        json.writeNumberProperty("betweennessRaw", node.betweennessRaw());
        json.writeNumberProperty("closeness", node.closeness());
        json.writeNumberProperty("eigenvector", node.eigenvector());
        json.writeNumberProperty("pagerank", node.pagerank());
        json.writeNumberProperty("clustering", node.clustering());
        json.writeNumberProperty("coreNumber", node.coreNumber());
        number(json, "constraint", node.constraint());
        number(json, "effectiveSize", node.effectiveSize());
        json.writeNumberProperty("community", node.community());
        if (weighted) {
            number(json, "weightedBetweenness", node.weightedBetweenness());
            number(json, "weightedCloseness", node.weightedCloseness());
            number(json, "weightedPagerank", node.weightedPagerank());
        }
        json.writeEndObject();
    }

    private static void number(JsonGenerator json, String name, @Nullable Double value) {
        if (value == null) {
            json.writeNullProperty(name);
        } else {
            json.writeNumberProperty(name, value);
        }
    }

    private static void groups(JsonGenerator json, String name, List<List<String>> groups) {
        json.writeName(name);
        json.writeStartArray();
        for (List<String> group : groups) {
            strings(json, group);
        }
        json.writeEndArray();
    }

    private static void strings(JsonGenerator json, List<String> ids) {
        json.writeStartArray();
        for (String id : ids) {
            json.writeString(id);
        }
        json.writeEndArray();
    }
}
