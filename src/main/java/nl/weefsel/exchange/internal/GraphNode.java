package nl.weefsel.exchange.internal;

import java.util.List;
import java.util.Map;

/**
 * A node as the back-up keeps it: a key that relationships in the same file refer to (the node's
 * {@code id} where it has one), its labels, and its properties as Java values the driver understands.
 */
record GraphNode(String key, List<String> labels, Map<String, Object> properties) {

    GraphNode {
        labels = List.copyOf(labels);
        properties = Map.copyOf(properties);
    }

    String primaryLabel() {
        return labels.getFirst();
    }

    boolean hasId() {
        return properties.get("id") instanceof String;
    }
}
