package nl.weefsel.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The one CSV writer of the application, cell by cell and as a whole table. */
class CsvWriterTest {

    static Stream<Arguments> cells() {
        return Stream.of(
                arguments("a plain number stays a number", "12", "12"),
                arguments("a negative number stays a number", "-12", "-12"),
                arguments("a negative decimal stays a number", "-3.5", "-3.5"),
                arguments("a Dutch negative decimal stays a number", "-3,5", "-3,5"),
                arguments("a negative number with an exponent stays a number", "-1.0E-4", "-1.0E-4"),
                arguments("an amount stays a number", "4000.00", "4000.00"),
                arguments("a formula is defused and quoted", "=SUM(A1:A9)", "\"'=SUM(A1:A9)\""),
                arguments("a leading plus is defused", "+31 10 123", "\"'+31 10 123\""),
                arguments("a sum that starts with a minus is defused", "-2+3", "\"'-2+3\""),
                arguments("a bullet is defused", "- eerste punt", "\"'- eerste punt\""),
                arguments("a leading at sign is defused", "@cmd", "\"'@cmd\""),
                arguments("a leading tab is defused", "\t=1", "\"'\t=1\""),
                arguments("a leading carriage return is defused", "\r=1", "\"'\r=1\""),
                arguments("a lone minus is defused", "-", "\"'-\""),
                arguments("a formula sign inside the text is harmless", "a=b", "a=b"),
                arguments("a date is harmless", "2026-06-01", "2026-06-01"),
                arguments("a separator and quotes are quoted, quotes doubled", "Maker; \"D\"", "\"Maker; \"\"D\"\"\""),
                arguments("a line break is quoted", "regel een\nregel twee", "\"regel een\nregel twee\""),
                arguments("CR LF is quoted", "a\r\nb", "\"a\r\nb\""),
                arguments("a comma is no separator here", "komma, geen puntkomma", "komma, geen puntkomma"),
                arguments("a defused formula with quotes and a separator", "=\"x\";y", "\"'=\"\"x\"\";y\""),
                arguments("null is an empty cell", null, ""),
                arguments("an empty text is an empty cell", "", ""),
                arguments("a boolean is written as text", true, "true"),
                arguments("a negative long is a number", -7L, "-7"),
                arguments("unicode passes unchanged", "Café Ñandú — 文化 🎻", "Café Ñandú — 文化 🎻"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cells")
    void a_cell_is_written_safely(String why, Object value, String written) {
        assertThat(CsvWriter.cell(value)).isEqualTo(written);
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
