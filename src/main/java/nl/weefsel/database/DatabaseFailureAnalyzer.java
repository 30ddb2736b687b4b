package nl.weefsel.database;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * Turns the two start-up failures people actually meet — an unreachable Neo4j server and a data
 * directory held by another Weefsel — into one clear message instead of a wall of stack trace.
 */
class DatabaseFailureAnalyzer implements FailureAnalyzer {

    @Override
    public @Nullable FailureAnalysis analyze(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof Neo4jUnreachableException unreachable) {
                return new FailureAnalysis(
                        "Neo4j at " + unreachable.uri() + " cannot be reached (" + rootMessage(unreachable) + ").",
                        "Start that Neo4j server, or correct NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD. "
                                + "Leave NEO4J_URI empty to use the embedded database.",
                        failure);
            }
            if (t instanceof DataDirectoryLockedException locked) {
                return new FailureAnalysis(
                        "The data directory " + locked.directory() + " is in use by another process, probably another running Weefsel.",
                        "Stop the other Weefsel, or give this one its own directory with WEEFSEL_DATA_DIR.",
                        failure);
            }
        }
        return null;
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
