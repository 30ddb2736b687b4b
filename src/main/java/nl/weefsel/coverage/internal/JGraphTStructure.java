package nl.weefsel.coverage.internal;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * {@link NetworkStructure} with JGraphT: articulation points and bridges from
 * {@link BiconnectivityInspector} (Hopcroft–Tarjan), betweenness from {@link BetweennessCentrality}
 * (Brandes), and Burt's constraint and effective size, which JGraphT lacks, computed here for
 * unweighted ties as networkx does (Burt 1992).
 */
final class JGraphTStructure implements NetworkStructure {

    @Override
    public Metrics analyse(List<String> nodes, List<List<String>> edges) {
        Graph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
        nodes.forEach(graph::addVertex);
        edges.forEach(edge -> graph.addEdge(edge.get(0), edge.get(1)));
        var inspector = new BiconnectivityInspector<>(graph);
        Set<String> articulationPoints = new LinkedHashSet<>(inspector.getCutpoints());
        List<List<String>> bridges = inspector.getBridges().stream()
                .map(edge -> List.of(graph.getEdgeSource(edge), graph.getEdgeTarget(edge))).toList();
        // Normalised as networkx does for undirected graphs: by the (n − 1)(n − 2) / 2 pairs of other nodes.
        double pairs = (nodes.size() - 1.0) * (nodes.size() - 2.0) / 2;
        Map<String, Double> betweenness = new HashMap<>();
        new BetweennessCentrality<>(graph, false).getScores()
                .forEach((node, score) -> betweenness.put(node, pairs > 0 ? score / pairs : 0.0));
        Map<String, Double> constraint = new HashMap<>();
        Map<String, Double> effectiveSize = new HashMap<>();
        for (String node : nodes) {
            Set<String> contacts = neighbours(graph, node);
            if (!contacts.isEmpty()) {
                constraint.put(node, constraint(graph, node, contacts));
                effectiveSize.put(node, effectiveSize(graph, contacts));
            }
        }
        return new Metrics(articulationPoints, bridges, betweenness, constraint, effectiveSize);
    }

    /** c(i) = Σ_j (p_ij + Σ_q p_iq·p_qj)², with p_ij = 1 / degree(i) for each contact j. */
    private static double constraint(Graph<String, DefaultEdge> graph, String node, Set<String> contacts) {
        double total = 0;
        for (String contact : contacts) {
            double indirect = 0;
            for (String via : contacts) {
                if (!via.equals(contact) && graph.containsEdge(via, contact)) {
                    indirect += (1.0 / contacts.size()) * (1.0 / graph.degreeOf(via));
                }
            }
            double local = 1.0 / contacts.size() + indirect;
            total += local * local;
        }
        return total;
    }

    /** Contacts minus redundancy: n − 2t / n, with t the ties among the n contacts. */
    private static double effectiveSize(Graph<String, DefaultEdge> graph, Set<String> contacts) {
        int ties = 0;
        for (String a : contacts) {
            for (String b : contacts) {
                if (a.compareTo(b) < 0 && graph.containsEdge(a, b)) {
                    ties++;
                }
            }
        }
        return contacts.size() - 2.0 * ties / contacts.size();
    }

    private static Set<String> neighbours(Graph<String, DefaultEdge> graph, String node) {
        Set<String> result = new LinkedHashSet<>();
        graph.edgesOf(node).forEach(edge -> result.add(org.jgrapht.Graphs.getOppositeVertex(graph, edge, node)));
        return result;
    }
}
