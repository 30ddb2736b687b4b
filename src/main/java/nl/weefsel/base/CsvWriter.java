package nl.weefsel.base;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * CSV as Dutch spreadsheet users open it by double-click: UTF-8 with a byte-order mark (else Excel
 * guesses Windows-1252), semicolons between cells (the Dutch list separator), CR LF after each row.
 * Cells holding a separator, quote or line break are quoted. A text cell that a spreadsheet would
 * run as a formula (starting with {@code = + - @}, tab or CR) gets a leading {@code '} and quotes;
 * a plain number such as {@code -12} or {@code -3.5} is no formula and stays a number.
 * <p>
 * Whole tables go through {@link #csv(List, List)}; large exports stream row by row through an
 * instance.
 */
public final class CsvWriter {

    public static final char SEPARATOR = ';';
    static final String BYTE_ORDER_MARK = "\uFEFF";
    static final String LINE_END = "\r\n";
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+([.,]\\d+)?([eE]-?\\d+)?");

    private final Writer writer;

    /** Writes the byte-order mark at once; rows follow with {@link #row(List)}. */
    public CsvWriter(OutputStream out) throws IOException {
        this.writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(BYTE_ORDER_MARK);
    }

    /** One row; {@code null} cells are empty, other values are written as {@link String#valueOf(Object)}. */
    public void row(List<?> cells) throws IOException {
        writer.write(line(cells));
        writer.write(LINE_END);
    }

    public void flush() throws IOException {
        writer.flush();
    }

    /** A whole table, header first, with the byte-order mark. */
    public static String csv(List<?> header, List<? extends List<?>> rows) {
        List<List<?>> all = new ArrayList<>(rows.size() + 1);
        all.add(header);
        all.addAll(rows);
        return csv(all);
    }

    /** A whole table whose first row is its header, with the byte-order mark. */
    public static String csv(List<? extends List<?>> rows) {
        return rows.stream().map(row -> line(row) + LINE_END).collect(Collectors.joining("", BYTE_ORDER_MARK, ""));
    }

    /** One cell as it stands in the file: defused when it would be a formula, quoted when it must be. */
    public static String cell(@Nullable Object value) {
        String text = value == null ? "" : String.valueOf(value);
        boolean formula = !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 && !PLAIN_NUMBER.matcher(text).matches();
        boolean quoted = formula || text.indexOf(SEPARATOR) >= 0 || text.indexOf('"') >= 0
                || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
        String written = formula ? "'" + text : text;
        return quoted ? '"' + written.replace("\"", "\"\"") + '"' : written;
    }

    /**
     * Undoes {@link #cell}'s defusing when a file comes back: a cell read as {@code '=…} (or
     * {@code '+ '- '@}, tab, CR) was written so by Weefsel or another careful exporter, and means
     * the text without the {@code '}.
     */
    public static String undefused(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && FORMULA_STARTS.indexOf(cell.charAt(1)) >= 0 ? cell.substring(1) : cell;
    }

    private static String line(List<?> cells) {
        return cells.stream().map(CsvWriter::cell).collect(Collectors.joining(String.valueOf(SEPARATOR)));
    }
}
