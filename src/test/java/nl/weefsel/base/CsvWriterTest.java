package nl.weefsel.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one CSV writer of the application, cell by cell and as a whole table. */
class CsvWriterTest {

    @Test
    void numbers_plain_or_negative_stay_numbers() {
        assertThat(List.of("12", "-12", "-3.5", "-3,5", "0", "-1.0E-4", "4000.00").stream().map(CsvWriter::cell))
                .containsExactly("12", "-12", "-3.5", "-3,5", "0", "-1.0E-4", "4000.00");
    }

    @Test
    void text_a_spreadsheet_would_run_as_a_formula_gets_an_apostrophe_and_quotes() {
        assertThat(CsvWriter.cell("=SUM(A1:A9)")).isEqualTo("\"'=SUM(A1:A9)\"");
        assertThat(CsvWriter.cell("+31 10 123")).isEqualTo("\"'+31 10 123\"");
        assertThat(CsvWriter.cell("-2+3")).isEqualTo("\"'-2+3\"");
        assertThat(CsvWriter.cell("- eerste punt")).isEqualTo("\"'- eerste punt\"");
        assertThat(CsvWriter.cell("@cmd")).isEqualTo("\"'@cmd\"");
        assertThat(CsvWriter.cell("\t=1")).isEqualTo("\"'\t=1\"");
        assertThat(CsvWriter.cell("\r=1")).isEqualTo("\"'\r=1\"");
        assertThat(CsvWriter.cell("-")).isEqualTo("\"'-\"");
    }

    @Test
    void a_formula_sign_inside_the_text_is_harmless() {
        assertThat(CsvWriter.cell("a=b")).isEqualTo("a=b");
        assertThat(CsvWriter.cell("2026-06-01")).isEqualTo("2026-06-01");
    }

    @Test
    void separators_quotes_and_line_breaks_are_quoted_with_doubled_quotes() {
        assertThat(CsvWriter.cell("Maker; \"D\"")).isEqualTo("\"Maker; \"\"D\"\"\"");
        assertThat(CsvWriter.cell("regel een\nregel twee")).isEqualTo("\"regel een\nregel twee\"");
        assertThat(CsvWriter.cell("a\r\nb")).isEqualTo("\"a\r\nb\"");
        assertThat(CsvWriter.cell("komma, geen puntkomma")).isEqualTo("komma, geen puntkomma");
        assertThat(CsvWriter.cell("=\"x\";y")).isEqualTo("\"'=\"\"x\"\";y\"");
    }

    @Test
    void null_is_an_empty_cell_and_other_values_are_written_as_text() {
        assertThat(CsvWriter.cell(null)).isEmpty();
        assertThat(CsvWriter.cell("")).isEmpty();
        assertThat(CsvWriter.cell(true)).isEqualTo("true");
        assertThat(CsvWriter.cell(-7L)).isEqualTo("-7");
    }

    @Test
    void unicode_passes_unchanged() {
        assertThat(CsvWriter.cell("Café Ñandú — 文化 🎻")).isEqualTo("Café Ñandú — 文化 🎻");
    }

    @Test
    void a_table_starts_with_the_byte_order_mark_and_ends_every_row_with_cr_lf() {
        assertThat(CsvWriter.csv(List.of("naam", "bedrag"), List.of(List.of("Koor", "-250.00"), List.of("=1+1", "3"))))
                .isEqualTo("\uFEFFnaam;bedrag\r\nKoor;-250.00\r\n\"'=1+1\";3\r\n");
        assertThat(CsvWriter.csv(List.of(List.of("alleen kop")))).isEqualTo("\uFEFFalleen kop\r\n");
    }

    @Test
    void streamed_rows_are_the_same_bytes_as_the_whole_table() throws Exception {
        List<Object> header = List.of("id", "note");
        List<Object> row = Arrays.asList("a", null);
        var out = new ByteArrayOutputStream();
        var writer = new CsvWriter(out);
        writer.row(header);
        writer.row(row);
        writer.flush();

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(CsvWriter.csv(header, List.of(row)))
                .isEqualTo("\uFEFFid;note\r\na;\r\n");
    }

    @Test
    void a_defused_cell_reads_back_as_the_text_that_went_out() {
        for (String text : List.of("=SUM(A1)", "- punt", "+31", "@x", "\t=1", "-12", "'gewoon geciteerd", "'", "tekst")) {
            String written = CsvWriter.cell(text);
            String unquoted = written.startsWith("\"") ? written.substring(1, written.length() - 1).replace("\"\"", "\"") : written;
            assertThat(CsvWriter.undefused(unquoted)).as(text).isEqualTo(text);
        }
    }
}
