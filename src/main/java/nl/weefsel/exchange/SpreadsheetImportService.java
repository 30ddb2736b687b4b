package nl.weefsel.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.DoubleConsumer;
import nl.weefsel.exchange.internal.SpreadsheetImports;
import nl.weefsel.security.AccessPolicy;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Imports actors, role assignments, ties, initiatives and needs from CSV or XLSX sheets in three
 * steps: a first look for the column mapping, a preview that lists every problem per row and
 * column and the likely duplicates of existing actors, and the import itself — all rows in one
 * transaction, or none. Administrators import anywhere; a coordinator imports only rows that
 * lie in their territories (by the rules for records made one by one, see {@link AccessPolicy}):
 * every other row is a problem of its cell in the preview, and the import writes nothing while
 * such a row remains.
 */
@Service
@PreAuthorize("@access.mayImportSheets()")
public class SpreadsheetImportService {

    private final SpreadsheetImports imports;
    private final AccessPolicy access;

    SpreadsheetImportService(SpreadsheetImports imports, AccessPolicy access) {
        this.imports = imports;
        this.access = access;
    }

    /** @throws InvalidFileException when the file is empty or unreadable */
    public SheetHeader header(Path file, String fileName) {
        try {
            return imports.header(file, fileName);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Checks every row without writing anything.
     *
     * @param progress receives the fraction of the file read so far (0–1)
     */
    public ImportPreview preview(Path file, String fileName, SheetKind kind, ColumnMapping mapping, DoubleConsumer progress) {
        try {
            return imports.preview(file, fileName, kind, mapping, access.importScope(), progress);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Checks the rows again and, if not one has a problem, writes them all in one transaction.
     * Rows that look like existing actors are merged into them (filling in what they lack)
     * unless their row number is in {@code createAnyway}.
     *
     * @throws InvalidFileException when any row has a problem (a coordinator's row outside their
     *                              territory included), or a row would be merged into an actor outside
     *                              it; nothing is written then
     */
    public ImportResult importRows(Path file, String fileName, SheetKind kind, ColumnMapping mapping,
                                   Set<Integer> createAnyway, DoubleConsumer progress) {
        try {
            return imports.run(file, fileName, kind, mapping, access.importScope(), createAnyway, progress);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
