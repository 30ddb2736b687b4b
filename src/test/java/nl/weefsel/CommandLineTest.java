package nl.weefsel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code java -jar weefsel.jar <command> …} reaches the command; the web application starts otherwise. */
class CommandLineTest {

    @Test
    void a_first_word_is_a_command_and_options_start_the_web_application() {
        assertThat(CommandLine.isCommand(new String[] {"analyze", "graph.json"})).isTrue();
        assertThat(CommandLine.isCommand(new String[] {"--server.port=9090"})).isFalse();
        assertThat(CommandLine.isCommand(new String[0])).isFalse();
    }

    @Test
    void analyze_runs_on_a_graph_file_without_database_or_web_server() {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();

        int status = CommandLine.run(new String[] {"analyze", "../shared/oracle/graphs/florentine.json"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("{\"graph\":{\"nodes\":15,\"edges\":20");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void report_runs_headless_on_the_database_as_it_finds_it(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        Path report = dir.resolve("report.json");
        try (ConfigurableApplicationContext withDemoData = Application.withoutWeb()
                .run("--weefsel.data-dir=" + data, "--weefsel.embedded-neo4j.page-cache=16m")) {
            // the application wrote the Rotterdam demo data into a database of its own, and stopped
        }
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();

        int status;
        int unknown;
        System.setProperty("weefsel.data-dir", data.toString()); // below the command line's own arguments, above the defaults
        System.setProperty("weefsel.embedded-neo4j.page-cache", "16m");
        try {
            status = CommandLine.run(new String[] {"report", "--area", "GM0599", "--out", report.toString()}, print(out), print(err));
            unknown = CommandLine.run(new String[] {"reprot"}, print(out), print(err));
        } finally {
            System.clearProperty("weefsel.data-dir");
            System.clearProperty("weefsel.embedded-neo4j.page-cache");
        }

        assertThat(status).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(Files.readString(report));
        for (String list : List.of("greyZones", "whiteSpots", "continuityRisks")) {
            assertThat(json.path(list).size()).as(list).isPositive();
        }
        assertThat(unknown).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("Unknown command 'reprot'").contains("report", "export", "import");
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
