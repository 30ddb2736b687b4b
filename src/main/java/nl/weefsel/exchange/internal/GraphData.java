package nl.weefsel.exchange.internal;

import java.util.List;

/** A whole graph, or the part of it a back-up of one area holds. */
record GraphData(List<GraphNode> nodes, List<GraphRelationship> relationships) {

    GraphData {
        nodes = List.copyOf(nodes);
        relationships = List.copyOf(relationships);
    }
}
