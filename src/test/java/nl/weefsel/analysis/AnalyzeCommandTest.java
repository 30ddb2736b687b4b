package nl.weefsel.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AnalyzeCommandTest {

    private static final String PAIR = """
            {"nodes": [{"id": "a"}, {"id": "b"}], "edges": [{"source": "a", "target": "b", "weight": 2}]}""";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int analyze(String... args) {
        return AnalyzeCommand.run(Arrays.asList(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String errorLine() {
        String text = err.toString(StandardCharsets.UTF_8);
        assertThat(text.lines()).as("one line on stderr").hasSize(1);
        return text.strip();
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void writes_the_metrics_of_a_graph_file_to_the_output_file() throws IOException {
        Path metrics = dir.resolve("metrics.json");
        int status = analyze(Oracle.ROOT.resolve("graphs/karate.json").toString(), "--out", metrics.toString());
        assertThat(status).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        JsonNode json = JsonMapper.builder().build().readTree(metrics.toFile());
        assertThat(json.get("graph").get("nodes").asInt()).isEqualTo(34);
        assertThat(json.get("nodes").get("0").has("weightedPagerank")).isFalse();
    }

    @Test
    void prints_the_metrics_with_weighted_ones_when_asked() throws IOException {
        int status = analyze("--weighted", file("pair.json", PAIR).toString());
        assertThat(status).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(json.get("nodes").get("a").get("weightedPagerank").asDouble()).isEqualTo(0.5);
    }

    @Test
    void a_missing_file_ends_with_status_2_and_names_it() {
        assertThat(analyze(dir.resolve("absent.json").toString())).isEqualTo(2);
        assertThat(errorLine()).isEqualTo("analyze: " + dir.resolve("absent.json") + ": no such file");
    }

    @Test
    void malformed_json_ends_with_status_2_naming_file_and_line() throws IOException {
        Path graph = file("broken.json", "{\"nodes\": [\n{\"id\": }]}");
        assertThat(analyze(graph.toString())).isEqualTo(2);
        assertThat(errorLine()).startsWith("analyze: " + graph + ": malformed JSON at line 2, column");
    }

    @Test
    void an_edge_naming_an_unknown_node_ends_with_status_2_naming_the_edge() throws IOException {
        Path graph = file("unknown.json", """
                {"nodes": [{"id": "a"}, {"id": "b"}],
                 "edges": [{"source": "a", "target": "b"}, {"source": "b", "target": "x"}]}""");
        assertThat(analyze(graph.toString())).isEqualTo(2);
        assertThat(errorLine()).isEqualTo("analyze: " + graph + ": edge 1 (b–x): unknown target node \"x\"");
    }

    @Test
    void a_duplicate_node_id_ends_with_status_2_naming_the_id() throws IOException {
        Path graph = file("duplicate.json", "{\"nodes\": [{\"id\": \"a\"}, {\"id\": \"a\"}], \"edges\": []}");
        assertThat(analyze(graph.toString())).isEqualTo(2);
        assertThat(errorLine()).isEqualTo("analyze: " + graph + ": node 1: duplicate id \"a\", already used by node 0");
    }

    @Test
    void a_non_positive_weight_ends_with_status_2_naming_the_edge_and_value() throws IOException {
        Path graph = file("negative.json", PAIR.replace("\"weight\": 2", "\"weight\": -1"));
        assertThat(analyze(graph.toString())).isEqualTo(2);
        assertThat(errorLine()).isEqualTo("analyze: " + graph + ": edge 0 (a–b): weight must be positive, was -1");
    }

    @Test
    void a_zero_weight_ends_with_status_2() throws IOException {
        assertThat(analyze(file("zero.json", PAIR.replace("\"weight\": 2", "\"weight\": 0")).toString())).isEqualTo(2);
        assertThat(errorLine()).endsWith("edge 0 (a–b): weight must be positive, was 0");
    }

    @Test
    void a_truncated_gzip_file_ends_with_status_2() throws IOException {
        byte[] gzip = Files.readAllBytes(Oracle.ROOT.resolve("perf/ba_10k.json.gz"));
        Path truncated = Files.write(dir.resolve("cut.json.gz"), Arrays.copyOf(gzip, gzip.length / 2));
        assertThat(analyze(truncated.toString())).isEqualTo(2);
        assertThat(errorLine()).startsWith("analyze: " + truncated + ": cannot read: ");
    }

    @Test
    void an_unknown_option_ends_with_status_2_and_the_usage() throws IOException {
        assertThat(analyze(file("pair.json", PAIR).toString(), "--fast")).isEqualTo(2);
        assertThat(errorLine()).startsWith("analyze: unknown option --fast; usage: analyze GRAPH.json");
    }

    @Test
    void no_graph_file_ends_with_status_2() {
        assertThat(analyze()).isEqualTo(2);
        assertThat(errorLine()).startsWith("analyze: no graph file given; usage:");
    }

    @Test
    void out_without_a_file_name_ends_with_status_2() throws IOException {
        assertThat(analyze(file("pair.json", PAIR).toString(), "--out")).isEqualTo(2);
        assertThat(errorLine()).startsWith("analyze: --out needs a file name");
    }

    @Test
    void two_graph_files_end_with_status_2() {
        assertThat(analyze("a.json", "b.json")).isEqualTo(2);
        assertThat(errorLine()).startsWith("analyze: one graph file only");
    }

    @Test
    void an_unwritable_output_ends_with_status_1() throws IOException {
        Path graph = file("pair.json", PAIR);
        assertThat(analyze(graph.toString(), "--out", dir.resolve("no/such/dir/m.json").toString())).isEqualTo(1);
        assertThat(errorLine()).startsWith("analyze: cannot write ");
    }

    @Test
    void the_arguments_may_come_in_any_order() throws IOException {
        Path metrics = dir.resolve("m.json");
        assertThat(analyze("--out", metrics.toString(), "--weighted", file("pair.json", PAIR).toString())).isZero();
        assertThat(List.of(Files.readString(metrics))).allMatch(text -> text.contains("weightedCloseness"));
    }
}
