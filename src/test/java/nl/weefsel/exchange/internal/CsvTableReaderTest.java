package nl.weefsel.exchange.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.weefsel.base.CsvWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What Weefsel's CSV writer defuses against formulas comes back unchanged through the import's reader. */
class CsvTableReaderTest {

    @Test
    void an_exported_row_with_formula_like_text_reads_back_unchanged(@TempDir Path dir) throws Exception {
        List<String> row = List.of("=HYPERLINK(\"x\")", "- eerste punt\n- tweede punt", "-12", "@team; \"Zuid\"", "Café");
        Path file = dir.resolve("tabel.csv");
        try (OutputStream out = Files.newOutputStream(file)) {
            var writer = new CsvWriter(out);
            writer.row(List.of("a", "b", "c", "d", "e"));
            writer.row(row);
            writer.flush();
        }
        List<List<String>> read = new ArrayList<>();

        TableReader.of(file, "tabel.csv").read((number, cells) -> read.add(cells), fraction -> { });

        assertThat(read).containsExactly(List.of("a", "b", "c", "d", "e"), row);
    }
}
