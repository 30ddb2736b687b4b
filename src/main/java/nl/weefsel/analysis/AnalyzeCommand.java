package nl.weefsel.analysis;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The command line: {@code analyze GRAPH.json [--out METRICS.json] [--weighted]}. Reads a graph
 * ({@link GraphJson}; {@code .json.gz} too), analyses it and prints the metrics as JSON
 * ({@link MetricsJson}) or writes them to a file. Needs neither Spring nor Neo4j.
 *
 * <p>Exit status: 0 on success; 2 for a usage error or bad input, with one line on the error
 * stream naming the problem and where; 1 if the result cannot be written.
 */
public final class AnalyzeCommand {

    static final String USAGE = "usage: analyze GRAPH.json [--out METRICS.json] [--weighted]";

    private AnalyzeCommand() {
    }

    /** For running the analysis without the application: {@code java -cp … AnalyzeCommand GRAPH.json}. */
    public static void main(String[] args) {
        System.exit(run(List.of(args), System.out, System.err));
    }

    /**
     * Runs the command.
     *
     * @param args the arguments after the word {@code analyze}
     * @return the exit status
     */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        Arguments arguments;
        try {
            arguments = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("analyze: " + e.getMessage() + "; " + USAGE);
            return 2;
        }
        AnalysisGraph graph;
        try {
            graph = GraphJson.read(arguments.graph());
        } catch (InvalidGraphException e) {
            err.println("analyze: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("analyze: " + arguments.graph() + ": " + describe(e));
            return 2;
        }
        AnalysisResult result = NetworkAnalysis.analyze(graph, new AnalysisOptions(arguments.weighted()));
        return arguments.out() == null ? print(result, out) : save(result, arguments.out(), err);
    }

    private static int print(AnalysisResult result, PrintStream out) {
        MetricsJson.write(result, out);
        out.flush();
        return 0;
    }

    private static int save(AnalysisResult result, Path file, PrintStream err) {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            MetricsJson.write(result, out);
            return 0;
        } catch (IOException | RuntimeException e) {
            err.println("analyze: cannot write " + file + ": " + describe(e));
            return 1;
        }
    }

    private static String describe(Exception e) {
        return switch (e) {
            case NoSuchFileException missing -> "no such file";
            case AccessDeniedException denied -> "permission denied";
            default -> e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        };
    }

    /** The parsed command line. */
    record Arguments(Path graph, @Nullable Path out, boolean weighted) {

        static Arguments parse(List<String> args) {
            Path graph = null;
            Path out = null;
            boolean weighted = false;
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                switch (arg) {
                    case "--weighted" -> weighted = true;
                    case "--out" -> {
                        if (i + 1 >= args.size()) {
                            throw new IllegalArgumentException("--out needs a file name");
                        }
                        out = Path.of(args.get(++i));
                    }
                    default -> {
                        if (arg.startsWith("-")) {
                            throw new IllegalArgumentException("unknown option " + arg);
                        }
                        if (graph != null) {
                            throw new IllegalArgumentException("one graph file only, got " + graph + " and " + arg);
                        }
                        graph = Path.of(arg);
                    }
                }
            }
            if (graph == null) {
                throw new IllegalArgumentException("no graph file given");
            }
            return new Arguments(graph, out, weighted);
        }
    }
}
