package nl.weefsel.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.weefsel.Application;
import nl.weefsel.base.Command;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code report} writes the findings of a database as JSON, without a web server. */
class ReportCommandTest {

    @Test
    void the_report_of_a_database_with_the_demo_data_lists_grey_zones_white_spots_and_continuity_risks(@TempDir Path dir)
            throws Exception {
        Path out = dir.resolve("report.json");
        var stdout = new ByteArrayOutputStream();
        var stderr = new ByteArrayOutputStream();

        try (ConfigurableApplicationContext context = Application.withoutWeb()
                .run("--weefsel.data-dir=" + dir.resolve("data"), "--weefsel.embedded-neo4j.page-cache=16m")) {
            assertThat(context).isNotInstanceOf(WebApplicationContext.class);
            Command report = context.getBeansOfType(Command.class).values().stream()
                    .filter(command -> command.name().equals("report")).findFirst().orElseThrow();

            int status = report.run(List.of("--area", "gm0599", "--out", out.toString()), print(stdout), print(stderr));
            int unknownArea = report.run(List.of("--area", "GM0000"), print(stdout), print(stderr));
            int badArgument = report.run(List.of("--format", "xml"), print(stdout), print(stderr));

            assertThat(status).isZero();
            assertThat(unknownArea).isEqualTo(2);
            assertThat(badArgument).isEqualTo(2);
        }

        JsonNode json = JsonMapper.builder().build().readTree(Files.readString(out));
        assertThat(json.path("area").path("code").asString()).isEqualTo("GM0599");
        for (String list : List.of("greyZones", "whiteSpots", "continuityRisks")) {
            assertThat(json.path(list).isArray()).as(list).isTrue();
            assertThat(json.path(list).size()).as(list).isPositive();
            assertThat(json.path(list).get(0).path("rank").asInt()).isEqualTo(1);
            assertThat(json.path(list).get(0).path("sentenceNl").asString()).isNotBlank();
            assertThat(json.path(list).get(0).path("sentenceEn").asString()).isNotBlank();
        }
        assertThat(json.path("greyZones").get(0).path("severity").asString()).isEqualTo("ASSIGNED_CLASH");
        assertThat(json.path("whiteSpots").get(0).path("kind").asString()).isEqualTo("UNANSWERED_NEED");
        assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("GM0000", "--format");
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
