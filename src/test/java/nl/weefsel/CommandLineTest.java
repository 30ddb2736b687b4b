package nl.weefsel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

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
}
