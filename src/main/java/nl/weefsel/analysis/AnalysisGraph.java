package nl.weefsel.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An undirected graph to analyse: nodes with an id, a label and a type; edges (ties) between two
 * nodes with a type and a positive weight (tie strength, 1 when unknown).
 *
 * <p>Node order is kept: results list nodes in this order, and it makes every computation
 * reproducible. Several edges between the same two nodes count as one tie whose weight is the sum
 * of theirs (a partnership that is also a funding relation is one, stronger, tie).
 *
 * <p>The constructor rejects what no metric can handle, with a message that names the problem and
 * where; edges are numbered from 0 as in the file's {@code edges} array:
 * duplicate node ids, edges naming an unknown node, self-loops, and weights that are not positive
 * finite numbers.
 */
public record AnalysisGraph(List<Node> nodes, List<Edge> edges) {

    /** A node; {@code label} and {@code type} are carried along for the caller, not analysed. */
    public record Node(String id, String label, String type) {

        public Node {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(type, "type");
        }

        public Node(String id) {
            this(id, id, "");
        }
    }

    /** An undirected tie; the order of {@code source} and {@code target} has no meaning. */
    public record Edge(String source, String target, String type, double weight) {

        public Edge {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(type, "type");
        }

        public Edge(String source, String target) {
            this(source, target, "", 1.0);
        }

        public Edge(String source, String target, double weight) {
            this(source, target, "", weight);
        }
    }

    public AnalysisGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        Map<String, Integer> index = indexNodes(nodes);
        for (int i = 0; i < edges.size(); i++) {
            checkEdge(i, edges.get(i), index);
        }
    }

    /** The sub-network of the given nodes and the edges among them, e.g. the actors of one wijk. */
    public AnalysisGraph subgraph(Collection<String> nodeIds) {
        return induced(known(nodeIds));
    }

    /**
     * The given nodes together with every node tied to one of them, and all edges among that set:
     * an area's actors with their outside partners (the ego network of the area).
     */
    public AnalysisGraph subgraphWithPartners(Collection<String> nodeIds) {
        Set<String> inside = known(nodeIds);
        Set<String> withPartners = new HashSet<>(inside);
        for (Edge edge : edges) {
            if (inside.contains(edge.source()) || inside.contains(edge.target())) {
                withPartners.add(edge.source());
                withPartners.add(edge.target());
            }
        }
        return induced(withPartners);
    }

    private Set<String> known(Collection<String> nodeIds) {
        Set<String> all = new HashSet<>(nodes.size() * 2);
        nodes.forEach(node -> all.add(node.id()));
        for (String id : nodeIds) {
            if (!all.contains(id)) {
                throw new IllegalArgumentException("unknown node \"" + id + "\"");
            }
        }
        return new HashSet<>(nodeIds);
    }

    private AnalysisGraph induced(Set<String> ids) {
        List<Node> keptNodes = new ArrayList<>();
        nodes.stream().filter(node -> ids.contains(node.id())).forEach(keptNodes::add);
        List<Edge> keptEdges = new ArrayList<>();
        edges.stream()
                .filter(edge -> ids.contains(edge.source()) && ids.contains(edge.target()))
                .forEach(keptEdges::add);
        return new AnalysisGraph(keptNodes, keptEdges);
    }

    private static Map<String, Integer> indexNodes(List<Node> nodes) {
        Map<String, Integer> index = new HashMap<>(nodes.size() * 2);
        for (int i = 0; i < nodes.size(); i++) {
            String id = nodes.get(i).id();
            Integer first = index.putIfAbsent(id, i);
            if (first != null) {
                throw new InvalidGraphException("node %d: duplicate id \"%s\", already used by node %d"
                        .formatted(i, id, first));
            }
        }
        return index;
    }

    private static void checkEdge(int i, Edge edge, Map<String, Integer> index) {
        String where = "edge %d (%s–%s)".formatted(i, edge.source(), edge.target());
        if (!index.containsKey(edge.source())) {
            throw new InvalidGraphException(where + ": unknown source node \"" + edge.source() + "\"");
        }
        if (!index.containsKey(edge.target())) {
            throw new InvalidGraphException(where + ": unknown target node \"" + edge.target() + "\"");
        }
        if (edge.source().equals(edge.target())) {
            throw new InvalidGraphException(where + ": self-loop; an edge must join two different nodes");
        }
        double weight = edge.weight();
        if (!Double.isFinite(weight)) {
            throw new InvalidGraphException(where + ": weight must be a finite number, was " + weight);
        }
        if (weight <= 0) {
            throw new InvalidGraphException(where + ": weight must be positive, was " + plain(weight));
        }
    }

    /** {@code -1} rather than {@code -1.0}: the way the number most likely appears in the file. */
    private static String plain(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value)
                : Double.toString(value);
    }
}
