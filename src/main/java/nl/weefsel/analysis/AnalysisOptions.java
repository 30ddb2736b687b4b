package nl.weefsel.analysis;

/**
 * What to compute besides the standard, unweighted metrics.
 *
 * @param weighted also compute betweenness and closeness with distance = 1 / weight, and PageRank
 *     with the weight as tie strength
 */
public record AnalysisOptions(boolean weighted) {

    public static final AnalysisOptions UNWEIGHTED = new AnalysisOptions(false);
    public static final AnalysisOptions WEIGHTED = new AnalysisOptions(true);
}
