package nl.weefsel.exchange.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import nl.weefsel.exchange.InvalidFileException;

/**
 * Reads a spreadsheet row by row without holding it in memory, so a file of tens of megabytes
 * streams through: CSV in any of the encodings and separators Excel writes, or the first sheet of
 * an XLSX workbook.
 */
interface TableReader {

    /** Receives each row: its number as the spreadsheet shows it (the header is row 1) and its cells. */
    interface Rows {
        void row(int number, List<String> cells);
    }

    /** Reads every row, the header first; {@code fraction} reports how much of the file is read (0–1), or -1 when unknown. */
    void read(Rows rows, java.util.function.DoubleConsumer fraction) throws IOException;

    /** How the file was read, e.g. "CSV, Windows-1252, ;" — shown to the user so a wrong guess is visible. */
    String description();

    static TableReader of(Path file, String fileName) throws IOException {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (java.nio.file.Files.size(file) == 0) {
            throw new InvalidFileException("the file is empty");
        }
        if (name.endsWith(".xlsx")) {
            return new XlsxTableReader(file);
        }
        if (name.endsWith(".xls")) {
            throw new InvalidFileException("old Excel files (.xls) cannot be read; save the sheet as .xlsx or .csv");
        }
        return CsvTableReader.open(file);
    }
}
