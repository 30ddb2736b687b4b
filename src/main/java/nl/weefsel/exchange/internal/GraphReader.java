package nl.weefsel.exchange.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the graph as it is stored — every label, property and relationship, including those of
 * features this one does not know (such as the history's {@code (:Change)} nodes) — so that a
 * restore gives back exactly what was there. Nodes and relationships come out in a fixed order,
 * so that the same graph always gives the same file.
 */
@Component
class GraphReader {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Neo4jClient client;

    GraphReader(Neo4jClient client) {
        this.client = client;
    }

    /** The whole graph, or only the nodes with these element ids and the relationships among them. */
    GraphData read(@Nullable Collection<String> elementIds) {
        Map<String, Object> parameters = elementIds == null ? Map.of() : Map.of("ids", List.copyOf(elementIds));
        List<RawNode> raw = List.copyOf(client.query(elementIds == null ? """
                        MATCH (n) RETURN elementId(n) AS eid, labels(n) AS labels, properties(n) AS props
                        """ : """
                        MATCH (n) WHERE elementId(n) IN $ids
                        RETURN elementId(n) AS eid, labels(n) AS labels, properties(n) AS props
                        """)
                .bindAll(parameters)
                .fetchAs(RawNode.class)
                .mappedBy((types, row) -> new RawNode(row.get("eid").asString(),
                        row.get("labels").asList(Value::asString).stream().sorted().toList(), row.get("props").asMap()))
                .all());
        Map<String, String> keys = keys(raw);
        List<GraphNode> nodes = raw.stream().sorted(NODE_ORDER)
                .map(node -> new GraphNode(keys.get(node.eid()), node.labels(), node.props())).toList();
        List<GraphRelationship> relationships = new ArrayList<>(client.query(elementIds == null ? """
                        MATCH (a)-[r]->(b)
                        RETURN type(r) AS type, elementId(a) AS from, elementId(b) AS to, properties(r) AS props
                        """ : """
                        MATCH (a)-[r]->(b) WHERE elementId(a) IN $ids AND elementId(b) IN $ids
                        RETURN type(r) AS type, elementId(a) AS from, elementId(b) AS to, properties(r) AS props
                        """)
                .bindAll(parameters)
                .fetchAs(GraphRelationship.class)
                .mappedBy((types, row) -> new GraphRelationship(row.get("type").asString(),
                        keys.get(row.get("from").asString()), keys.get(row.get("to").asString()), row.get("props").asMap()))
                .all());
        relationships.sort(Comparator.comparing(GraphRelationship::type).thenComparing(GraphRelationship::from)
                .thenComparing(GraphRelationship::to).thenComparing(rel -> canonical(rel.properties())));
        return new GraphData(nodes, relationships);
    }

    /** A node's key is its id where it has one (and no other node has it), otherwise a number given in a fixed order. */
    private static Map<String, String> keys(List<RawNode> nodes) {
        Map<String, String> keys = new HashMap<>();
        Set<String> taken = new HashSet<>();
        int next = 0;
        for (RawNode node : nodes.stream().sorted(NODE_ORDER).toList()) {
            String key = node.props().get("id") instanceof String id && taken.add(id) ? id : null;
            if (key == null) {
                do {
                    key = "_" + (++next);
                } while (!taken.add(key));
            }
            keys.put(node.eid(), key);
        }
        return keys;
    }

    private static final Comparator<RawNode> NODE_ORDER = Comparator
            .comparing((RawNode node) -> node.props().get("id") instanceof String ? 0 : 1)
            .thenComparing(node -> String.join(":", node.labels()))
            .thenComparing(node -> String.valueOf(node.props().get("id")))
            .thenComparing(node -> canonical(node.props()));

    private static String canonical(Map<String, Object> properties) {
        return JSON.writeValueAsString(PropertyCodec.encode(properties));
    }

    private record RawNode(String eid, List<String> labels, Map<String, Object> props) {
    }
}
