package nl.weefsel.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/** The streaming half of {@link GraphJson}: one pass over the tokens, checking shape and types. */
final class GraphJsonParser {

    private final JsonParser parser;

    GraphJsonParser(JsonParser parser) {
        this.parser = parser;
    }

    AnalysisGraph graph() {
        JsonToken first = parser.nextToken();
        if (first == null) {
            throw new InvalidGraphException("empty file, expected an object with \"nodes\" and \"edges\"");
        }
        if (first != JsonToken.START_OBJECT) {
            throw new InvalidGraphException(here() + ": expected an object with \"nodes\" and \"edges\"");
        }
        List<AnalysisGraph.Node> nodes = null;
        List<AnalysisGraph.Edge> edges = List.of();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            switch (name) {
                case "nodes" -> nodes = array("nodes", this::node);
                case "edges" -> edges = array("edges", this::edge);
                default -> parser.skipChildren();
            }
        }
        if (nodes == null) {
            throw new InvalidGraphException("no \"nodes\" array");
        }
        return new AnalysisGraph(nodes, edges);
    }

    private <T> List<T> array(String name, IntFunction<T> element) {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw new InvalidGraphException(here() + ": \"" + name + "\" must be an array");
        }
        List<T> elements = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            elements.add(element.apply(elements.size()));
        }
        return elements;
    }

    private AnalysisGraph.Node node(int i) {
        String where = "node " + i;
        expectObject(where);
        String id = null;
        String label = null;
        String type = null;
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            switch (name) {
                case "id" -> id = id(where, name);
                case "label" -> label = text(where, name);
                case "type" -> type = text(where, name);
                default -> parser.skipChildren();
            }
        }
        if (id == null) {
            throw new InvalidGraphException(where + ": \"id\" is missing");
        }
        return new AnalysisGraph.Node(id, label == null ? id : label, type == null ? "" : type);
    }

    private AnalysisGraph.Edge edge(int i) {
        String where = "edge " + i;
        expectObject(where);
        String source = null;
        String target = null;
        String type = null;
        double weight = 1.0;
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            switch (name) {
                case "source" -> source = id(where, name);
                case "target" -> target = id(where, name);
                case "type" -> type = text(where, name);
                case "weight" -> weight = weight(where);
                default -> parser.skipChildren();
            }
        }
        if (source == null || target == null) {
            throw new InvalidGraphException(where + ": \"" + (source == null ? "source" : "target") + "\" is missing");
        }
        return new AnalysisGraph.Edge(source, target, type == null ? "" : type, weight);
    }

    private void expectObject(String where) {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw new InvalidGraphException(where + " (" + here() + "): expected an object");
        }
    }

    /** Ids are strings; integers are accepted too, as their decimal text. */
    private String id(String where, String name) {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_STRING || token == JsonToken.VALUE_NUMBER_INT) {
            String id = parser.getString();
            if (!id.isEmpty()) {
                return id;
            }
        }
        throw new InvalidGraphException("%s (%s): \"%s\" must be a non-empty string".formatted(where, here(), name));
    }

    private @Nullable String text(String where, String name) {
        return switch (parser.currentToken()) {
            case VALUE_NULL -> null;
            case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getString();
            default -> throw new InvalidGraphException("%s (%s): \"%s\" must be a string".formatted(where, here(), name));
        };
    }

    private double weight(String where) {
        return switch (parser.currentToken()) {
            case VALUE_NULL -> 1.0;
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
            default -> throw new InvalidGraphException("%s (%s): \"weight\" must be a number, was %s"
                    .formatted(where, here(), parser.getString()));
        };
    }

    private String here() {
        return position(parser.currentTokenLocation());
    }

    static String position(@Nullable TokenStreamLocation location) {
        return location == null ? "unknown position"
                : "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
}
