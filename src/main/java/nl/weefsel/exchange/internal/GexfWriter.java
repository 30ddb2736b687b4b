package nl.weefsel.exchange.internal;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import javax.xml.stream.XMLStreamException;

/**
 * GEXF 1.3 (gexf.net) for Gephi. The graph is dynamic: a tie's validity becomes its
 * {@code start}/{@code end} interval (dates, both inclusive; an open end is left out), so Gephi's
 * timeline shows the network growing and changing.
 */
final class GexfWriter {

    static final String NAMESPACE = "http://gexf.net/1.3";

    private GexfWriter() {
    }

    static void write(ExportNetwork network, OutputStream out) throws XMLStreamException {
        try (Xml xml = new Xml(out)) {
            xml.start("gexf").namespace(NAMESPACE).attribute("version", "1.3");
            xml.start("meta").attribute("lastmodifieddate", LocalDate.now().toString());
            xml.start("creator").text("Weefsel").end(true);
            xml.start("description").text(network.title()).end(true);
            xml.end();
            xml.start("graph").attribute("mode", "dynamic").attribute("defaultedgetype", "directed")
                    .attribute("timeformat", "date");
            attributes(xml, "node", ExportNetwork.NODE_ATTRIBUTES);
            attributes(xml, "edge", ExportNetwork.EDGE_ATTRIBUTES);
            xml.start("nodes");
            for (ExportNetwork.Node node : network.nodes()) {
                xml.start("node").attribute("id", node.id()).attribute("label", node.label());
                values(xml, node.attributes().entrySet());
                xml.end();
            }
            xml.end().start("edges");
            for (ExportNetwork.Edge edge : network.edges()) {
                xml.start("edge").attribute("id", edge.id()).attribute("source", edge.source())
                        .attribute("target", edge.target()).attribute("weight", String.valueOf(edge.weight()));
                if (edge.from() != null) {
                    xml.attribute("start", edge.from().toString());
                }
                if (edge.until() != null) {
                    xml.attribute("end", edge.until().toString());
                }
                values(xml, edge.attributes().entrySet());
                xml.end();
            }
            xml.end().end().end();
        }
    }

    private static void attributes(Xml xml, String type, List<ExportNetwork.Attribute> attributes) throws XMLStreamException {
        xml.start("attributes").attribute("class", type).attribute("mode", "static");
        for (ExportNetwork.Attribute attribute : attributes) {
            xml.empty("attribute").attribute("id", attribute.id()).attribute("title", attribute.id())
                    .attribute("type", attribute.type());
        }
        xml.end();
    }

    private static void values(Xml xml, java.util.Set<java.util.Map.Entry<String, String>> values) throws XMLStreamException {
        if (values.isEmpty()) {
            return;
        }
        xml.start("attvalues");
        for (var value : values) {
            xml.empty("attvalue").attribute("for", value.getKey()).attribute("value", value.getValue());
        }
        xml.end();
    }
}
