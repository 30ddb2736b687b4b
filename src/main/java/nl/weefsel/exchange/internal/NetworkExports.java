package nl.weefsel.exchange.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLStreamException;
import nl.weefsel.exchange.ExportFormat;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Writes the network in one of the graph or table formats. */
@Component
public class NetworkExports {

    private final NetworkExtract extracts;

    NetworkExports(NetworkExtract extracts) {
        this.extracts = extracts;
    }

    /** @throws IllegalArgumentException for {@link ExportFormat#JSON}, which the back-up writes */
    public void write(ExportFormat format, @Nullable String areaCode, OutputStream out) throws IOException {
        NetworkExtract.Extract extract = extracts.read(areaCode);
        try {
            switch (format) {
                case GRAPHML -> GraphmlWriter.write(ExportNetworks.of(extract), out);
                case GEXF -> GexfWriter.write(ExportNetworks.of(extract), out);
                case CSV_ACTORS -> CsvTables.actors(extract, out);
                case CSV_TIES -> CsvTables.ties(extract, out);
                case CSV_ROLE_ASSIGNMENTS -> CsvTables.roleAssignments(extract, out);
                case CSV_ZIP -> zip(extract, out);
                case JSON -> throw new IllegalArgumentException("JSON is written by the back-up");
            }
        } catch (XMLStreamException e) {
            throw new IOException("Cannot write " + format + ": " + e.getMessage(), e);
        }
    }

    private static void zip(NetworkExtract.Extract extract, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        zip.putNextEntry(new ZipEntry(ExportFormat.CSV_ACTORS.fileName("weefsel")));
        CsvTables.actors(extract, zip);
        zip.putNextEntry(new ZipEntry(ExportFormat.CSV_TIES.fileName("weefsel")));
        CsvTables.ties(extract, zip);
        zip.putNextEntry(new ZipEntry(ExportFormat.CSV_ROLE_ASSIGNMENTS.fileName("weefsel")));
        CsvTables.roleAssignments(extract, zip);
        zip.finish();
    }
}
