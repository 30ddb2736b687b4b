/**
 * Network analysis: who brokers, who holds the network together, which ties a part hangs on,
 * and which clusters exist. Plain Java, no Spring and no entities, so that the command line
 * ({@link nl.weefsel.analysis.AnalyzeCommand}) runs without the web server or Neo4j.
 *
 * <p>The root package is the API: {@link nl.weefsel.analysis.AnalysisGraph} in,
 * {@link nl.weefsel.analysis.NetworkAnalysis} to compute, {@link nl.weefsel.analysis.AnalysisResult}
 * out, and {@link nl.weefsel.analysis.GraphJson} / {@link nl.weefsel.analysis.MetricsJson} for
 * files. Definitions follow networkx 2.8, so a network scientist gets the same numbers; see
 * {@code docs/design-decisions/DD004-analysis-engine.md}.
 */
@NullMarked
package nl.weefsel.analysis;

import org.jspecify.annotations.NullMarked;
