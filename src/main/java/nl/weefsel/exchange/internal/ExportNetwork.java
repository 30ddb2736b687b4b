package nl.weefsel.exchange.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The network flattened for graph files: actors as nodes, ties and affiliations as edges, every
 * fact an attribute in text form. The attribute lists fix the order and type of the columns.
 */
record ExportNetwork(String title, List<Node> nodes, List<Edge> edges) {

    record Attribute(String id, String type) {
    }

    static final List<Attribute> NODE_ATTRIBUTES = List.of(
            new Attribute("kind", "string"), new Attribute("schoolType", "string"), new Attribute("description", "string"),
            new Attribute("website", "string"), new Attribute("kvkNumber", "string"), new Attribute("locatedIn", "string"),
            new Attribute("locatedInCode", "string"), new Attribute("activeIn", "string"),
            new Attribute("disciplines", "string"), new Attribute("targetGroups", "string"), new Attribute("roles", "string"),
            new Attribute("createdBy", "string"), new Attribute("createdAt", "string"),
            new Attribute("updatedBy", "string"), new Attribute("updatedAt", "string"));

    static final List<Attribute> EDGE_ATTRIBUTES = List.of(
            new Attribute("kind", "string"), new Attribute("intensity", "string"),
            new Attribute("writtenAgreement", "boolean"), new Attribute("fixedContactPerson", "boolean"),
            new Attribute("confirmed", "boolean"), new Attribute("validFrom", "string"), new Attribute("validUntil", "string"),
            new Attribute("source", "string"), new Attribute("assertedBy", "string"), new Attribute("assertedAt", "string"),
            new Attribute("note", "string"));

    /** @param attributes values by attribute id; absent where the actor has no such fact */
    record Node(String id, String label, Map<String, String> attributes) {
    }

    /** @param from first day the tie holds, {@code null} if unknown; {@code until} last day, {@code null} if open */
    record Edge(String id, String source, String target, double weight, @Nullable LocalDate from,
                @Nullable LocalDate until, Map<String, String> attributes) {
    }
}
