package nl.weefsel.exchange.internal;

import java.util.Map;

/** A relationship between two nodes of the same back-up, referred to by their keys. */
record GraphRelationship(String type, String from, String to, Map<String, Object> properties) {

    GraphRelationship {
        properties = Map.copyOf(properties);
    }
}
