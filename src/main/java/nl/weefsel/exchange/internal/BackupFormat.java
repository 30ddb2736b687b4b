package nl.weefsel.exchange.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.weefsel.exchange.InvalidFileException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Weefsel's JSON back-up format, version 1 (described in the README): a header, then every node
 * and every relationship on a line of its own, so that files diff well and can be written as they
 * are read from the database.
 */
final class BackupFormat {

    static final String FORMAT = "weefsel";
    static final int VERSION = 1;
    /** Labels and relationship types are used as such in Cypher (as parameters), so they must be plain names. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,99}");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private BackupFormat() {
    }

    static void write(GraphData graph, @Nullable String scope, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("format", FORMAT);
        header.put("version", VERSION);
        header.put("exportedAt", Instant.now().toString());
        header.put("scope", scope == null ? Map.of("area", "all") : Map.of("area", scope));
        header.put("counts", Map.of("nodes", graph.nodes().size(), "relationships", graph.relationships().size()));
        writer.write("{\n");
        for (var field : header.entrySet()) {
            writer.write("  " + JSON.writeValueAsString(field.getKey()) + ": " + JSON.writeValueAsString(field.getValue()) + ",\n");
        }
        writer.write("  \"nodes\": [");
        writeLines(writer, graph.nodes().stream().map(node -> (Object) nodeJson(node)).toList());
        writer.write("],\n  \"relationships\": [");
        writeLines(writer, graph.relationships().stream().map(rel -> (Object) relationshipJson(rel)).toList());
        writer.write("]\n}\n");
        writer.flush();
    }

    private static void writeLines(Writer writer, List<Object> elements) throws IOException {
        for (int i = 0; i < elements.size(); i++) {
            writer.write(i == 0 ? "\n    " : ",\n    ");
            writer.write(JSON.writeValueAsString(elements.get(i)));
        }
        if (!elements.isEmpty()) {
            writer.write("\n  ");
        }
    }

    private static Map<String, Object> nodeJson(GraphNode node) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", node.key());
        json.put("labels", node.labels());
        json.put("properties", PropertyCodec.encode(node.properties()));
        return json;
    }

    private static Map<String, Object> relationshipJson(GraphRelationship rel) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", rel.type());
        json.put("from", rel.from());
        json.put("to", rel.to());
        json.put("properties", PropertyCodec.encode(rel.properties()));
        return json;
    }

    /**
     * Reads and checks a whole back-up before anything is written: JSON syntax, format and version,
     * names, unique keys, and that every relationship connects nodes of the same file.
     */
    static GraphData read(InputStream in) {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JacksonException e) {
            var at = e.getLocation();
            throw new InvalidFileException("malformed JSON" + (at == null || at.getLineNr() < 0 ? "" : " at line "
                    + at.getLineNr() + ", column " + at.getColumnNr()) + ": " + firstLine(e.getOriginalMessage()), e);
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw new InvalidFileException("the file is empty");
        }
        if (!root.isObject() || !FORMAT.equals(root.path("format").asString(""))) {
            throw new InvalidFileException("not a Weefsel back-up: \"format\": \"weefsel\" is missing");
        }
        JsonNode version = root.path("version");
        if (!version.isIntegralNumber() || version.longValue() != VERSION) {
            throw new InvalidFileException("unknown back-up version " + version + "; this Weefsel reads version " + VERSION);
        }
        List<GraphNode> nodes = readNodes(array(root, "nodes"));
        return new GraphData(nodes, readRelationships(array(root, "relationships"), nodes));
    }

    private static JsonNode array(JsonNode root, String name) {
        JsonNode array = root.path(name);
        if (!array.isArray()) {
            throw new InvalidFileException("\"" + name + "\" must be a list");
        }
        return array;
    }

    private static List<GraphNode> readNodes(JsonNode array) {
        List<GraphNode> nodes = new ArrayList<>(array.size());
        Set<String> keys = new HashSet<>();
        Set<String> ids = new HashSet<>();
        int index = 0;
        for (JsonNode json : array) {
            String where = "node " + (++index);
            String key = text(json, "key", where);
            if (!keys.add(key)) {
                throw new InvalidFileException(where + ": key '" + key + "' is used twice");
            }
            List<String> labels = new ArrayList<>();
            for (JsonNode label : json.path("labels")) {
                labels.add(name(label.asString(""), where + ", label"));
            }
            if (labels.isEmpty()) {
                throw new InvalidFileException(where + ": \"labels\" must name at least one label");
            }
            GraphNode node = new GraphNode(key, labels, PropertyCodec.decode(json.get("properties"), where));
            if (node.hasId() && !ids.add(node.primaryLabel() + "/" + node.properties().get("id"))) {
                throw new InvalidFileException(where + ": " + node.primaryLabel() + " id '" + node.properties().get("id") + "' is used twice");
            }
            nodes.add(node);
        }
        return nodes;
    }

    private static List<GraphRelationship> readRelationships(JsonNode array, List<GraphNode> nodes) {
        Set<String> keys = new HashSet<>();
        nodes.forEach(node -> keys.add(node.key()));
        List<GraphRelationship> relationships = new ArrayList<>(array.size());
        int index = 0;
        for (JsonNode json : array) {
            String where = "relationship " + (++index);
            String type = name(text(json, "type", where), where + ", type");
            String from = text(json, "from", where);
            String to = text(json, "to", where);
            for (String end : List.of(from, to)) {
                if (!keys.contains(end)) {
                    throw new InvalidFileException(where + ": no node with key '" + end + "' in the file");
                }
            }
            relationships.add(new GraphRelationship(type, from, to, PropertyCodec.decode(json.get("properties"), where)));
        }
        return relationships;
    }

    private static String text(JsonNode json, String field, String where) {
        JsonNode value = json.path(field);
        if (!value.isString() || value.stringValue().isBlank()) {
            throw new InvalidFileException(where + ": \"" + field + "\" is missing");
        }
        return value.stringValue();
    }

    private static String name(String name, String where) {
        if (!NAME.matcher(name).matches()) {
            throw new InvalidFileException(where + ": '" + name + "' is not a valid name");
        }
        return name;
    }

    private static String firstLine(@Nullable String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
