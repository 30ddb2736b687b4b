package nl.weefsel.exchange.internal;

import java.io.OutputStream;
import java.util.List;
import javax.xml.stream.XMLStreamException;

/**
 * GraphML (graphml.graphdrawing.org) for Cytoscape desktop and yEd: one {@code <key>} per
 * attribute, actors as nodes with their name as {@code label}, ties as directed edges with their
 * intensity as {@code weight}.
 */
final class GraphmlWriter {

    static final String NAMESPACE = "http://graphml.graphdrawing.org/xmlns";

    private GraphmlWriter() {
    }

    static void write(ExportNetwork network, OutputStream out) throws XMLStreamException {
        try (Xml xml = new Xml(out)) {
            xml.start("graphml").namespace(NAMESPACE);
            xml.empty("key").attribute("id", "label").attribute("for", "node").attribute("attr.name", "label")
                    .attribute("attr.type", "string");
            keys(xml, "node", ExportNetwork.NODE_ATTRIBUTES);
            xml.empty("key").attribute("id", "weight").attribute("for", "edge").attribute("attr.name", "weight")
                    .attribute("attr.type", "double");
            keys(xml, "edge", ExportNetwork.EDGE_ATTRIBUTES);
            xml.start("graph").attribute("id", network.title()).attribute("edgedefault", "directed");
            for (ExportNetwork.Node node : network.nodes()) {
                xml.start("node").attribute("id", node.id());
                data(xml, "label", node.label());
                for (var value : node.attributes().entrySet()) {
                    data(xml, "n_" + value.getKey(), value.getValue());
                }
                xml.end();
            }
            for (ExportNetwork.Edge edge : network.edges()) {
                xml.start("edge").attribute("id", edge.id()).attribute("source", edge.source()).attribute("target", edge.target());
                data(xml, "weight", String.valueOf(edge.weight()));
                for (var value : edge.attributes().entrySet()) {
                    data(xml, "e_" + value.getKey(), value.getValue());
                }
                xml.end();
            }
            xml.end().end();
        }
    }

    private static void keys(Xml xml, String domain, List<ExportNetwork.Attribute> attributes) throws XMLStreamException {
        for (ExportNetwork.Attribute attribute : attributes) {
            xml.empty("key").attribute("id", domain.charAt(0) + "_" + attribute.id()).attribute("for", domain)
                    .attribute("attr.name", attribute.id()).attribute("attr.type", attribute.type());
        }
    }

    private static void data(Xml xml, String key, String value) throws XMLStreamException {
        xml.start("data").attribute("key", key).text(value).end(true);
    }
}
