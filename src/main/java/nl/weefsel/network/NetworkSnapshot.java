package nl.weefsel.network;

import java.util.List;

/** The nodes and edges of a network as shown at one moment. */
public record NetworkSnapshot(List<NetworkNode> nodes, List<NetworkEdge> edges) {

    public NetworkSnapshot {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }
}
