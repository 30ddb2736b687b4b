package nl.weefsel.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.weefsel.actor.ActorData;
import nl.weefsel.actor.ActorKind;
import nl.weefsel.actor.ActorService;
import nl.weefsel.area.AreaService;
import nl.weefsel.base.ConcurrentEditException;
import nl.weefsel.security.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.ApplicationContext;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

/**
 * The same persistence, against a Neo4j server in a container instead of the embedded database.
 * Skipped where no Docker engine runs.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class Neo4jServerPersistenceTest {

    @Container
    @ServiceConnection
    static final Neo4jContainer NEO4J = new Neo4jContainer("neo4j:2026.08.1-community").withAdminPassword("weefsel-test");

    @Autowired ApplicationContext context;
    @Autowired AreaService areas;
    @Autowired ActorService actors;

    @Test
    void no_embedded_database_starts_when_a_server_is_configured() {
        assertThat(context.getBeansOfType(EmbeddedNeo4j.class)).isEmpty();
    }

    @Test
    void an_actor_round_trips_and_a_stale_save_is_refused() {
        TestUsers.signInAsAdmin("anna");
        var wijk = areas.findByCode("WK059903").orElseThrow();
        var actor = actors.create(ActorData.of("Servertest", ActorKind.MAKER, wijk.id()));
        assertThat(actors.find(actor.id())).hasValueSatisfying(read -> assertThat(read.name()).isEqualTo("Servertest"));

        actors.update(actor.id(), actor.version(), ActorData.of("Servertest (Anna)", ActorKind.MAKER, wijk.id()));

        assertThatThrownBy(() -> actors.update(actor.id(), actor.version(),
                ActorData.of("Servertest (Bram)", ActorKind.MAKER, wijk.id())))
                .isInstanceOf(ConcurrentEditException.class);
    }
}
