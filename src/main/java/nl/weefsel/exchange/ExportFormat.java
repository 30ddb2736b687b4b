package nl.weefsel.exchange;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The files Weefsel exports: its own back-up, graph files for Gephi and Cytoscape, and CSV tables. */
public enum ExportFormat {
    /** Weefsel's own back-up, see the README. */
    JSON("json", "application/json"),
    /** For Cytoscape desktop, yEd and most graph libraries. */
    GRAPHML("graphml", "application/graphml+xml"),
    /** For Gephi, with the validity of ties as time intervals. */
    GEXF("gexf", "application/gexf+xml"),
    /** Actors, ties and role assignments as three CSV tables in one ZIP file. */
    CSV_ZIP("zip", "application/zip"),
    CSV_ACTORS("csv", "text/csv"),
    CSV_TIES("csv", "text/csv"),
    CSV_ROLE_ASSIGNMENTS("csv", "text/csv");

    private final String extension;
    private final String contentType;

    ExportFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    /** "weefsel-GM0599-ties.csv", "weefsel.gexf" … */
    public String fileName(String base) {
        String table = name().startsWith("CSV_") && this != CSV_ZIP
                ? "-" + name().substring(4).toLowerCase(Locale.ROOT).replace('_', '-') : "";
        return base + table + "." + extension;
    }

    /** The format a file name asks for by its extension; a plain {@code .csv} means the actors table. */
    public static Optional<ExportFormat> ofExtension(String extension) {
        String wanted = extension.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(format -> format.extension.equals(wanted)).findFirst();
    }
}
