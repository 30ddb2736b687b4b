package nl.weefsel.analysis;

import org.jspecify.annotations.Nullable;

/**
 * The metrics of one node, named as in the JSON output. Definitions follow networkx 2.8; see
 * {@link NetworkAnalysis}.
 *
 * @param degree number of ties
 * @param degreeCentrality degree / (n − 1)
 * @param betweenness share of shortest paths between other pairs that pass through the node,
 *     normalised by (n − 1)(n − 2) / 2
 * @param betweennessRaw the same, not normalised: each unordered pair counts once
 * @param closeness Wasserman–Faust closeness, fair to nodes in small components
 * @param eigenvector principal eigenvector component, the vector scaled to unit length
 * @param pagerank PageRank with α = 0.85; all nodes sum to 1
 * @param clustering share of the node's neighbour pairs that are tied themselves
 * @param coreNumber largest k of a k-core containing the node
 * @param constraint Burt's constraint; null for a node without ties
 * @param effectiveSize Burt's effective size; null for a node without ties
 * @param community number of the node's community in {@link GraphMetrics#communities()}
 * @param weightedBetweenness normalised betweenness with distance 1 / weight; null unless weighted
 * @param weightedCloseness closeness with distance 1 / weight; null unless weighted
 * @param weightedPagerank PageRank with weights as tie strength; null unless weighted
 */
public record NodeMetrics(
        int degree,
        double degreeCentrality,
        double betweenness,
        double betweennessRaw,
        double closeness,
        double eigenvector,
        double pagerank,
        double clustering,
        int coreNumber,
        @Nullable Double constraint,
        @Nullable Double effectiveSize,
        int community,
        @Nullable Double weightedBetweenness,
        @Nullable Double weightedCloseness,
        @Nullable Double weightedPagerank) {
}
