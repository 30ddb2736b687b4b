package nl.weefsel.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphJsonTest {

    @TempDir
    Path dir;

    private static AnalysisGraph read(String json) {
        return GraphJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "g.json");
    }

    @Test
    void reads_nodes_and_edges_with_labels_types_and_weights() {
        AnalysisGraph graph = read("""
                {"nodes": [{"id": "a", "label": "Alpha", "type": "school"}, {"id": "b", "x": [1, 2]}],
                 "edges": [{"source": "a", "target": "b", "type": "partnership", "weight": 2.5}],
                 "meta": {"ignored": true}}""");
        assertThat(graph.nodes()).containsExactly(new AnalysisGraph.Node("a", "Alpha", "school"),
                new AnalysisGraph.Node("b", "b", ""));
        assertThat(graph.edges()).containsExactly(new AnalysisGraph.Edge("a", "b", "partnership", 2.5));
    }

    @Test
    void a_missing_or_null_weight_is_one_and_integer_ids_are_text() {
        AnalysisGraph graph = read("""
                {"nodes": [{"id": 1}, {"id": 2}, {"id": 3}],
                 "edges": [{"source": 1, "target": 2}, {"source": 2, "target": 3, "weight": null}]}""");
        assertThat(graph.edges()).extracting(AnalysisGraph.Edge::weight).containsExactly(1.0, 1.0);
        assertThat(graph.nodes()).extracting(AnalysisGraph.Node::id).containsExactly("1", "2", "3");
    }

    @Test
    void reads_a_gzipped_file() throws IOException {
        Path file = dir.resolve("pair.json.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write("""
                    {"nodes": [{"id": "a"}, {"id": "b"}], "edges": [{"source": "a", "target": "b"}]}"""
                    .getBytes(StandardCharsets.UTF_8));
        }
        assertThat(GraphJson.read(file).edges()).hasSize(1);
    }

    @Test
    void malformed_json_is_reported_with_file_line_and_column() {
        assertThatThrownBy(() -> read("{\"nodes\": [\n  {\"id\": \"a\",}\n]}"))
                .isInstanceOf(InvalidGraphException.class)
                .hasMessageStartingWith("g.json: malformed JSON at line 2, column")
                .hasMessageNotContaining("\n");
    }

    @Test
    void an_empty_file_is_reported() {
        assertThatThrownBy(() -> read("")).hasMessageStartingWith("g.json: empty file");
    }

    @Test
    void a_node_without_id_is_reported_by_number() {
        assertThatThrownBy(() -> read("{\"nodes\": [{\"id\": \"a\"}, {\"label\": \"b\"}]}"))
                .hasMessage("g.json: node 1: \"id\" is missing");
    }

    @Test
    void a_file_without_nodes_is_reported() {
        assertThatThrownBy(() -> read("{\"edges\": []}")).hasMessage("g.json: no \"nodes\" array");
    }

    @Test
    void a_weight_that_is_not_a_number_is_reported_with_its_position() {
        assertThatThrownBy(() -> read("""
                {"nodes": [{"id": "a"}, {"id": "b"}],
                 "edges": [{"source": "a", "target": "b", "weight": "heavy"}]}"""))
                .hasMessageStartingWith("g.json: edge 0 (line 2, column")
                .hasMessageEndingWith("\"weight\" must be a number, was heavy");
    }

    @Test
    void graph_errors_are_prefixed_with_the_file_name() {
        assertThatThrownBy(() -> read("""
                {"nodes": [{"id": "a"}, {"id": "b"}],
                 "edges": [{"source": "a", "target": "b", "weight": -1}]}"""))
                .hasMessage("g.json: edge 0 (a–b): weight must be positive, was -1");
    }

    @Test
    void a_missing_file_is_an_io_error() {
        assertThatThrownBy(() -> GraphJson.read(dir.resolve("absent.json"))).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void a_file_that_is_not_gzip_despite_its_name_is_reported() throws IOException {
        Path file = Files.writeString(dir.resolve("plain.json.gz"), "{\"nodes\": []}");
        assertThatThrownBy(() -> GraphJson.read(file))
                .isInstanceOf(InvalidGraphException.class)
                .hasMessageStartingWith(file + ": not a gzip file");
    }
}
