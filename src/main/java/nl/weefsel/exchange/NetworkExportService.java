package nl.weefsel.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import nl.weefsel.exchange.internal.NetworkExports;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports the network, or one area's, for other tools: GraphML and GEXF for Cytoscape and Gephi,
 * CSV tables for spreadsheets, and Weefsel's own JSON back-up.
 */
@Service
@Transactional(readOnly = true)
public class NetworkExportService {

    private final NetworkExports exports;
    private final BackupService backups;

    NetworkExportService(NetworkExports exports, BackupService backups) {
        this.exports = exports;
        this.backups = backups;
    }

    /**
     * @param areaCode CBS code of the area, or {@code null} for the whole network
     * @throws nl.weefsel.base.NotFoundException when no area has that code
     */
    public void write(ExportFormat format, @Nullable String areaCode, OutputStream out) {
        if (format == ExportFormat.JSON) {
            backups.export(areaCode, out);
            return;
        }
        try {
            exports.write(format, areaCode, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
