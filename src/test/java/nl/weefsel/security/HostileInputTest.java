package nl.weefsel.security;

import static org.assertj.core.api.Assertions.assertThat;

import nl.weefsel.WeefselIntegrationTest;
import nl.weefsel.actor.ActorData;
import nl.weefsel.actor.ActorFilter;
import nl.weefsel.actor.ActorKind;
import nl.weefsel.actor.ActorService;
import nl.weefsel.area.AreaService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

/** Text that looks like Cypher or HTML is data: stored and found verbatim, never executed. */
class HostileInputTest extends WeefselIntegrationTest {

    static final String CYPHER = "x' }) DETACH DELETE n //";
    static final String HTML = "<img src=x onerror=alert(1)>";

    @Autowired ActorService actors;
    @Autowired AreaService areas;
    @Autowired Neo4jClient neo4j;

    @BeforeEach
    void signIn() {
        TestUsers.signInAsAdmin("anna");
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void a_name_written_as_cypher_is_stored_verbatim_and_deletes_nothing() {
        long nodesBefore = nodeCount();
        var wijk = areas.findByCode("WK059903").orElseThrow();

        var actor = actors.create(ActorData.of(CYPHER, ActorKind.COMMUNITY_INITIATIVE, wijk.id()));

        assertThat(actors.find(actor.id()).orElseThrow().name()).isEqualTo(CYPHER);
        assertThat(actors.list(new ActorFilter(CYPHER, java.util.Set.of(), null))).extracting(a -> a.id()).containsExactly(actor.id());
        assertThat(nodeCount()).isEqualTo(nodesBefore + 1);
    }

    @Test
    void a_name_written_as_html_is_stored_verbatim() {
        var wijk = areas.findByCode("WK059903").orElseThrow();

        var actor = actors.create(ActorData.of(HTML, ActorKind.MAKER, wijk.id()));

        assertThat(actors.find(actor.id()).orElseThrow().name()).isEqualTo(HTML);
    }

    /** Every node but the history, which records each change as a (:Change) node of its own (DD005). */
    private long nodeCount() {
        return neo4j.query("MATCH (n) WHERE NOT n:Change RETURN count(n)").fetchAs(Long.class).one().orElseThrow();
    }
}
