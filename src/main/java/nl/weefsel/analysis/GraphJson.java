package nl.weefsel.analysis;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads graphs in Weefsel's analysis format, the one in {@code shared/oracle/graphs}:
 * <pre>{"nodes":[{"id":"…","label":"…","type":"…"}],
 *  "edges":[{"source":"…","target":"…","type":"…","weight":1.0}]}</pre>
 * {@code label} defaults to the id, {@code type} to empty, {@code weight} to 1; other properties
 * are ignored. Files whose name ends in {@code .gz} are gunzipped. The file is streamed, so large
 * graphs are not held twice in memory.
 *
 * <p>Every problem surfaces as an {@link InvalidGraphException} whose one-line message starts with
 * the file's path as given and says where: line and column for malformed JSON, node or edge number (from 0)
 * otherwise.
 */
public final class GraphJson {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private GraphJson() {
    }

    /**
     * Reads a graph file.
     *
     * @throws IOException if the file cannot be opened (e.g. {@link java.nio.file.NoSuchFileException})
     * @throws InvalidGraphException if its content is not a valid graph
     */
    public static AnalysisGraph read(Path file) throws IOException {
        String name = file.toString();
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            InputStream in = name.endsWith(".gz") ? gunzip(raw, name) : raw;
            return read(in, name);
        }
    }

    /** Reads a graph from a stream (not closed); {@code sourceName} starts every error message. */
    public static AnalysisGraph read(InputStream in, String sourceName) {
        try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), in)) {
            return new GraphJsonParser(parser).graph();
        } catch (InvalidGraphException e) {
            throw new InvalidGraphException(sourceName + ": " + e.getMessage(), e);
        } catch (StreamReadException e) {
            throw new InvalidGraphException("%s: malformed JSON at %s: %s"
                    .formatted(sourceName, GraphJsonParser.position(e.getLocation()), firstLine(e)), e);
        } catch (JacksonIOException e) {
            throw unreadable(sourceName, e.getCause());
        } catch (UncheckedIOException e) {
            throw unreadable(sourceName, e.getCause());
        }
    }

    private static InputStream gunzip(InputStream raw, String name) throws IOException {
        try {
            return new GZIPInputStream(raw, 1 << 16);
        } catch (ZipException e) {
            throw new InvalidGraphException(name + ": not a gzip file (" + e.getMessage() + ")", e);
        }
    }

    private static RuntimeException unreadable(String name, Throwable cause) {
        // Corrupt or truncated gzip data shows up as an I/O error in the middle of parsing.
        return new InvalidGraphException(name + ": cannot read: " + cause.getMessage(), cause);
    }

    private static String firstLine(StreamReadException e) {
        String message = String.valueOf(e.getOriginalMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
