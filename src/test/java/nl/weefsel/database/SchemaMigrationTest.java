package nl.weefsel.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import nl.weefsel.WeefselIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

/** The schema applied at every start moves data of older versions to the current shape, and only once. */
class SchemaMigrationTest extends WeefselIntegrationTest {

    @Autowired Neo4jClient neo4j;

    @Test
    void impact_records_of_a_partnership_from_before_owners_get_their_owner_and_a_second_start_changes_nothing() {
        String moment = "old-moment-" + UUID.randomUUID();
        String story = "old-story-" + UUID.randomUUID();
        neo4j.query("CREATE (:ImpactMoment {id: $moment, partnershipId: 'tie-1'}), (:ImpactStory {id: $story, partnershipId: 'tie-2'})")
                .bindAll(Map.of("moment", moment, "story", story)).run();

        Schema.statements().forEach(statement -> neo4j.query(statement).run());
        Schema.statements().forEach(statement -> neo4j.query(statement).run());

        assertThat(owner(moment)).isEqualTo(Map.of("kind", "PARTNERSHIP", "id", "tie-1", "old", false));
        assertThat(owner(story)).isEqualTo(Map.of("kind", "PARTNERSHIP", "id", "tie-2", "old", false));
    }

    private Map<String, Object> owner(String id) {
        return neo4j.query("MATCH (n {id: $id}) RETURN n.ownerKind AS kind, n.ownerId AS id, n.partnershipId IS NOT NULL AS old")
                .bind(id).to("id").fetch().one().orElseThrow();
    }
}
