package nl.weefsel.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.weefsel.WeefselIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;

/** Every bad back-up file gets one clear line and exit status 2, and leaves the database as it was. */
class BackupInputTest extends WeefselIntegrationTest {

    @Autowired ApplicationContext context;
    @Autowired Neo4jClient client;
    @TempDir Path dir;

    private Commands commands;
    private long nodesBefore;

    @BeforeEach
    void countNodes() {
        commands = new Commands(context);
        nodesBefore = nodes();
    }

    @Test
    void a_missing_file_is_named() {
        var result = commands.run("import", dir.resolve("nowhere.json").toString(), "--merge");

        assertRefused(result, "nowhere.json does not exist");
    }

    @Test
    void an_empty_file_is_refused() throws IOException {
        assertRefused(commands.run("import", file("").toString(), "--merge"), "the file is empty");
    }

    @Test
    void malformed_json_is_refused_with_its_line() throws IOException {
        Path file = file("{\"format\": \"weefsel\",\n \"version\": 1,\n \"nodes\": [ {\"key\": \"a\" ");

        assertRefused(commands.run("import", file.toString(), "--merge"), "malformed JSON at line 3");
    }

    @Test
    void an_unknown_version_is_refused() throws IOException {
        Path file = file("{\"format\": \"weefsel\", \"version\": 99, \"nodes\": [], \"relationships\": []}");

        assertRefused(commands.run("import", file.toString(), "--merge"), "unknown back-up version 99");
    }

    @Test
    void a_file_that_is_not_a_weefsel_backup_is_refused() throws IOException {
        assertRefused(commands.run("import", file("[1, 2, 3]").toString(), "--merge"), "not a Weefsel back-up");
    }

    @Test
    void a_database_with_a_network_is_refused_without_merge() throws IOException {
        Path file = file("{\"format\": \"weefsel\", \"version\": 1, \"nodes\": [], \"relationships\": []}");

        assertRefused(commands.run("import", file.toString()), "the database is not empty");
    }

    @Test
    void a_relationship_to_a_node_outside_the_file_is_refused_before_anything_is_written() throws IOException {
        Path file = file("""
                {"format": "weefsel", "version": 1,
                 "nodes": [{"key": "x1", "labels": ["Actor"], "properties": {"id": "x1", "name": "Nieuw", "kind": "MAKER"}}],
                 "relationships": [{"type": "LOCATED_IN", "from": "x1", "to": "elsewhere"}]}
                """);

        assertRefused(commands.run("import", file.toString(), "--merge"), "relationship 1: no node with key 'elsewhere'");
    }

    @Test
    void a_file_that_fails_half_way_through_writing_leaves_nothing_behind() throws IOException {
        // the second area breaks the unique CBS code constraint only when written: the first must not stay
        Path file = file("""
                {"format": "weefsel", "version": 1,
                 "nodes": [{"key": "a1", "labels": ["Area"], "properties": {"id": "a1", "code": "GM9991", "name": "Eerste", "level": "MUNICIPALITY"}},
                           {"key": "a2", "labels": ["Area"], "properties": {"id": "a2", "code": "GM0599", "name": "Tweede Rotterdam", "level": "MUNICIPALITY"}}],
                 "relationships": []}
                """);

        assertRefused(commands.run("import", file.toString(), "--merge"), "the file clashes with the database");
        assertThat(client.query("MATCH (a:Area {code: 'GM9991'}) RETURN count(a) AS n")
                .fetchAs(Long.class).mappedBy((t, row) -> row.get("n").asLong()).one()).hasValue(0L);
    }

    @Test
    void an_export_of_an_unknown_area_is_refused() {
        var result = commands.run("export", dir.resolve("out.json").toString(), "--area", "GM0000");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("Area GM0000 does not exist");
        assertThat(dir.resolve("out.json")).doesNotExist();
    }

    @Test
    void an_unknown_option_is_refused_with_the_usage() {
        var result = commands.run("import", "x.json", "--force");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("unknown option --force").contains("usage: import FILE.json [--merge]");
    }

    private void assertRefused(Commands.Result result, String reason) {
        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).startsWith("weefsel import: ").contains(reason).contains("nothing was imported");
        assertThat(result.err().strip().lines()).hasSize(1);
        assertThat(nodes()).as("nothing was written").isEqualTo(nodesBefore);
    }

    private long nodes() {
        return client.query("MATCH (n) RETURN count(n) AS n").fetchAs(Long.class)
                .mappedBy((t, row) -> row.get("n").asLong()).one().orElseThrow();
    }

    private Path file(String content) throws IOException {
        Path file = Files.createTempFile(dir, "backup", ".json");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
