package nl.weefsel.exchange.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleConsumer;
import nl.weefsel.base.CsvWriter;
import nl.weefsel.exchange.InvalidFileException;

/**
 * CSV as spreadsheets write it (RFC 4180 quoting, line breaks inside quotes). The encoding is
 * UTF-8 when the file has a byte-order mark or decodes as UTF-8 without error, otherwise
 * Windows-1252, which is what Excel writes on Dutch Windows. The separator is whichever of
 * {@code ; , tab} the header line uses most — Dutch Excel writes semicolons. A cell that an
 * exporter defused against formulas ({@code '=…}, see {@link CsvWriter#undefused}) is read without
 * its {@code '}, so Weefsel's own CSV tables come back as they went out.
 */
final class CsvTableReader implements TableReader {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final Path file;
    private final Charset charset;
    private final int bomLength;
    private final char separator;

    private CsvTableReader(Path file, Charset charset, int bomLength, char separator) {
        this.file = file;
        this.charset = charset;
        this.bomLength = bomLength;
        this.separator = separator;
    }

    static CsvTableReader open(Path file) throws IOException {
        byte[] start = new byte[3];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(start, 0, 3);
        }
        if (read >= 2 && ((start[0] == (byte) 0xFF && start[1] == (byte) 0xFE) || (start[0] == (byte) 0xFE && start[1] == (byte) 0xFF))) {
            return withSeparator(file, StandardCharsets.UTF_16, 0);
        }
        boolean bom = read == 3 && start[0] == (byte) 0xEF && start[1] == (byte) 0xBB && start[2] == (byte) 0xBF;
        Charset charset = bom || isUtf8(file) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        return withSeparator(file, charset, bom ? 3 : 0);
    }

    private static CsvTableReader withSeparator(Path file, Charset charset, int bomLength) throws IOException {
        String header;
        try (BufferedReader reader = reader(file, charset, bomLength)) {
            header = reader.readLine();
        }
        if (header == null || header.isBlank()) {
            throw new InvalidFileException("the file is empty");
        }
        char best = ';';
        long most = count(header, ';');
        for (char candidate : new char[] {',', '\t'}) {
            if (count(header, candidate) > most) {
                most = count(header, candidate);
                best = candidate;
            }
        }
        return new CsvTableReader(file, charset, bomLength, best);
    }

    /** Decodes the whole file once: a 50 MB file takes a fraction of a second and never sits in memory. */
    private static boolean isUtf8(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), decoder)) {
            char[] buffer = new char[64 * 1024];
            while (reader.read(buffer) >= 0) {
                // only decoding errors matter
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static long count(String line, char c) {
        return line.chars().filter(ch -> ch == c).count();
    }

    private static BufferedReader reader(Path file, Charset charset, int skip) throws IOException {
        InputStream in = Files.newInputStream(file);
        in.skipNBytes(skip);
        return new BufferedReader(new InputStreamReader(in, charset), 64 * 1024);
    }

    @Override
    public String description() {
        return "CSV, " + charset.displayName() + ", " + (separator == '\t' ? "tab" : String.valueOf(separator));
    }

    @Override
    public void read(Rows rows, DoubleConsumer fraction) throws IOException {
        long size = Math.max(1, Files.size(file));
        try (var counting = new CountingReader(reader(file, charset, bomLength))) {
            int number = 0;
            List<String> cells;
            while ((cells = next(counting)) != null) {
                rows.row(++number, cells);
                if (number % 2000 == 0) {
                    fraction.accept(Math.min(1.0, (double) counting.bytesApproximately(charset) / size));
                }
            }
        }
        fraction.accept(1.0);
    }

    /** One record, which may span lines inside quotes; {@code null} at the end of the file. */
    private List<String> next(CountingReader in) throws IOException {
        int c = in.read();
        if (c < 0) {
            return null;
        }
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        while (true) {
            if (c < 0) {
                cells.add(CsvWriter.undefused(cell.toString()));
                return cells;
            }
            char ch = (char) c;
            if (quoted) {
                if (ch == '"') {
                    int peek = in.read();
                    if (peek == '"') {
                        cell.append('"');
                    } else {
                        quoted = false;
                        c = peek;
                        continue;
                    }
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"' && cell.isEmpty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (ch == separator) {
                cells.add(CsvWriter.undefused(cell.toString()));
                cell.setLength(0);
                wasQuoted = false;
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r') {
                    in.mark();
                    if (in.read() != '\n') {
                        in.reset();
                    }
                }
                cells.add(CsvWriter.undefused(cell.toString()));
                return cells;
            } else {
                cell.append(ch);
            }
            c = in.read();
        }
    }

    /** Counts characters read, to estimate progress, and allows one character of look-ahead. */
    private static final class CountingReader implements AutoCloseable {
        private final BufferedReader reader;
        private long chars;

        CountingReader(BufferedReader reader) {
            this.reader = reader;
        }

        int read() throws IOException {
            int c = reader.read();
            if (c >= 0) {
                chars++;
            }
            return c;
        }

        void mark() throws IOException {
            reader.mark(1);
        }

        void reset() throws IOException {
            reader.reset();
            chars--;
        }

        long bytesApproximately(Charset charset) {
            return charset.equals(StandardCharsets.UTF_16) ? chars * 2 : chars;
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }
}
