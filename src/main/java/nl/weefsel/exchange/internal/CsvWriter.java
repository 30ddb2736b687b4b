package nl.weefsel.exchange.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * CSV as Dutch spreadsheet users open it by double-click: UTF-8 with a byte-order mark (else Excel
 * guesses Windows-1252) and semicolons between fields (the Dutch list separator). Fields holding a
 * separator, quote or line break are quoted.
 */
final class CsvWriter {

    static final char SEPARATOR = ';';

    private final Writer writer;

    CsvWriter(OutputStream out) throws IOException {
        this.writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
    }

    void row(List<@Nullable Object> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                writer.write(SEPARATOR);
            }
            writer.write(quote(fields.get(i) == null ? "" : String.valueOf(fields.get(i))));
        }
        writer.write("\r\n");
    }

    void flush() throws IOException {
        writer.flush();
    }

    static String quote(String field) {
        boolean needsQuotes = field.indexOf(SEPARATOR) >= 0 || field.indexOf('"') >= 0
                || field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0;
        return needsQuotes ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}
