package nl.weefsel.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import nl.weefsel.Application;
import nl.weefsel.actor.ActorData;
import nl.weefsel.actor.ActorKind;
import nl.weefsel.actor.ActorService;
import nl.weefsel.area.AreaService;
import nl.weefsel.base.SystemIdentity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ConfigurableApplicationContext;

/** The embedded database keeps data across restarts, and says clearly when it cannot start. */
class EmbeddedNeo4jTest {

    private static final long PAGE_CACHE = 16L * 1024 * 1024;

    @Test
    void data_written_before_a_restart_is_there_after_it(@TempDir Path dataDir) {
        String actorId;
        try (var first = start(dataDir)) {
            var wijk = first.getBean(AreaService.class).findByCode("WK059903").orElseThrow();
            actorId = SystemIdentity.call(() -> first.getBean(ActorService.class)
                    .create(ActorData.of("Blijft bestaan", ActorKind.MAKER, wijk.id())).id());
        }

        try (var second = start(dataDir)) {
            var actors = second.getBean(ActorService.class);
            assertThat(actors.find(actorId)).hasValueSatisfying(actor -> assertThat(actor.name()).isEqualTo("Blijft bestaan"));
            assertThat(actors.list(nl.weefsel.actor.ActorFilter.ALL))
                    .as("the demo data is not loaded a second time")
                    .filteredOn(actor -> actor.name().equals("SKVR")).hasSize(1);
        }
    }

    @Test
    void a_data_directory_in_use_by_another_weefsel_is_refused_with_a_clear_reason(@TempDir Path dataDir) {
        try (var running = EmbeddedNeo4j.start(dataDir, PAGE_CACHE)) {
            assertThatThrownBy(() -> EmbeddedNeo4j.start(dataDir, PAGE_CACHE))
                    .isInstanceOfSatisfying(DataDirectoryLockedException.class, locked -> {
                        FailureAnalysis analysis = new DatabaseFailureAnalyzer().analyze(locked);
                        assertThat(analysis).isNotNull();
                        assertThat(analysis.getDescription()).contains(dataDir.toAbsolutePath().normalize().toString())
                                .contains("another");
                        assertThat(analysis.getAction()).contains("WEEFSEL_DATA_DIR");
                    });
        }
    }

    @Test
    void an_unreachable_neo4j_server_stops_the_start_with_a_message_naming_its_uri() {
        var builder = Application.withoutWeb();

        assertThatThrownBy(() -> builder.run("--spring.neo4j.uri=bolt://127.0.0.1:9",
                "--spring.neo4j.connection-timeout=2s", "--weefsel.demo-data=false")).satisfies(failure -> {
            FailureAnalysis analysis = new DatabaseFailureAnalyzer().analyze(failure);
            assertThat(analysis).isNotNull();
            assertThat(analysis.getDescription()).startsWith("Neo4j at bolt://127.0.0.1:9 cannot be reached");
            assertThat(analysis.getAction()).contains("NEO4J_URI");
        });
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        return Application.withoutWeb().run("--weefsel.data-dir=" + dataDir, "--weefsel.embedded-neo4j.page-cache=16m");
    }
}
