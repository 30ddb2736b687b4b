package nl.weefsel.analysis.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import nl.weefsel.analysis.AnalysisGraph;
import nl.weefsel.analysis.AnalysisOptions;
import nl.weefsel.analysis.AnalysisResult;
import nl.weefsel.analysis.GraphJson;
import nl.weefsel.analysis.MetricsJson;
import nl.weefsel.analysis.NetworkAnalysis;
import nl.weefsel.analysis.internal.Biconnectivity;
import nl.weefsel.analysis.internal.Clustering;
import nl.weefsel.analysis.internal.Components;
import nl.weefsel.analysis.internal.CoreNumber;
import nl.weefsel.analysis.internal.CsrGraph;
import nl.weefsel.analysis.internal.EigenvectorCentrality;
import nl.weefsel.analysis.internal.Louvain;
import nl.weefsel.analysis.internal.Modularity;
import nl.weefsel.analysis.internal.PageRank;
import nl.weefsel.analysis.internal.ShortestPathCentrality;
import nl.weefsel.analysis.internal.StructuralHoles;
import nl.weefsel.analysis.internal.Triangles;
import nl.weefsel.analysis.internal.WeightedShortestPathCentrality;

/**
 * Times each metric and the whole analysis on the oracle's benchmark graphs: one warm-up run, then
 * the median of three. Not a unit test (surefire runs only {@code *Test}); run it with
 * <pre>java -cp target/classes:target/test-classes:$(cat /tmp/cp.txt) \
 *     nl.weefsel.analysis.bench.AnalysisBenchmark [PERF_DIR] [GRAPH…]</pre>
 * Output is a Markdown table for {@code docs/benchmarks.md}: wall-clock time and the process's CPU
 * time (all threads, including the JIT compiler and garbage collector).
 */
public final class AnalysisBenchmark {

    private static final int RUNS = 3;
    /** CPU time of the whole process, all threads: less sensitive than wall time to other load. */
    private static final com.sun.management.OperatingSystemMXBean CPU =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final List<String> DEFAULT_GRAPHS =
            List.of("ba_1k.json", "ba_10k.json.gz", "geo_province.json.gz", "ba_50k.json.gz");

    private AnalysisBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/oracle/perf");
        List<String> graphs = args.length > 1 ? Arrays.asList(args).subList(1, args.length) : DEFAULT_GRAPHS;
        System.out.printf("java %s, %d cores, max heap %d MiB%n%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        System.out.println("| graph | step | median wall ms | median CPU ms | wall ms of the runs |");
        System.out.println("|---|---|---:|---:|---|");
        for (String name : graphs) {
            bench(name, dir.resolve(name));
        }
    }

    private static void bench(String name, Path file) throws IOException {
        AnalysisGraph graph = time(name, "read JSON", () -> read(file));
        CsrGraph csr = time(name, "compact graph", () -> CsrGraph.of(graph));
        time(name, "betweenness + closeness", () -> new ShortestPathCentrality(csr).betweenness());
        time(name, "eigenvector", () -> new EigenvectorCentrality(csr, false).scores());
        time(name, "PageRank", () -> new PageRank(csr, false).scores());
        time(name, "clustering", () -> Clustering.of(csr, Triangles.perNode(csr)));
        time(name, "core number", () -> new CoreNumber(csr).cores());
        time(name, "constraint + effective size", () -> new StructuralHoles(csr, false).constraint());
        time(name, "Louvain + modularity",
                () -> Modularity.of(csr, new Louvain(csr, false, Louvain.SEED).communities(), false));
        time(name, "components, articulation points, bridges",
                () -> Components.of(csr).length + new Biconnectivity(csr).bridges().size());
        AnalysisResult result = time(name, "**whole analysis**",
                () -> NetworkAnalysis.analyze(graph, AnalysisOptions.UNWEIGHTED));
        time(name, "write JSON", () -> {
            MetricsJson.write(result, OutputStream.nullOutputStream());
            return result;
        });
        time(name, "weighted betweenness + closeness", () -> new WeightedShortestPathCentrality(csr).betweenness());
        time(name, "weighted PageRank", () -> new PageRank(csr, true).scores());
        if (name.startsWith("geo_province")) {
            benchAreas(name, graph);
        }
    }

    /**
     * Sub-networks as the UI asks for them: the organisations of one wijk (ids are
     * municipality-neighbourhood-organisation), and everything in one municipality; each alone and
     * with its outside partners.
     */
    private static void benchAreas(String name, AnalysisGraph graph) {
        for (String prefix : List.of("M0000-N00-", "M0000-")) {
            List<String> members = graph.nodes().stream()
                    .map(AnalysisGraph.Node::id)
                    .filter(id -> id.startsWith(prefix))
                    .toList();
            benchArea(name, prefix + "*", graph.subgraph(members));
            benchArea(name, prefix + "* with partners", graph.subgraphWithPartners(members));
        }
    }

    private static void benchArea(String name, String area, AnalysisGraph sub) {
        time(name, "area %s: %d nodes / %d ties, whole analysis".formatted(area, sub.nodes().size(),
                sub.edges().size()), () -> NetworkAnalysis.analyze(sub, AnalysisOptions.UNWEIGHTED));
    }

    private static AnalysisGraph read(Path file) {
        try {
            return GraphJson.read(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Runs the work once to warm up, then RUNS times; prints the median wall and CPU time. */
    private static <T> T time(String graph, String step, Supplier<T> work) {
        T result = work.get();
        double[] millis = new double[RUNS];
        double[] cpuMillis = new double[RUNS];
        for (int run = 0; run < RUNS; run++) {
            long cpu = CPU.getProcessCpuTime();
            long start = System.nanoTime();
            result = work.get();
            millis[run] = (System.nanoTime() - start) / 1e6;
            cpuMillis[run] = (CPU.getProcessCpuTime() - cpu) / 1e6;
        }
        System.out.printf(Locale.ROOT, "| %s | %s | %s | %.0f | %s |%n", graph, step, format(median(millis)),
                median(cpuMillis), Arrays.stream(millis).mapToObj(AnalysisBenchmark::format).toList());
        return result;
    }

    /** Whole milliseconds, or one decimal below 10 ms. */
    private static String format(double millis) {
        return String.format(Locale.ROOT, millis < 10 ? "%.1f" : "%.0f", millis);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
