package nl.weefsel.privacy.internal;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import nl.weefsel.privacy.PersonalData;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** Personal data lives in its own {@code (:PersonalData)} node beside the person, so erasing it is one delete. */
@Component
public class PersonalDataQueries {

    private final Neo4jClient neo4j;

    PersonalDataQueries(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    public void save(PersonalData data) {
        var properties = new java.util.HashMap<String, @Nullable Object>();
        properties.put("fullName", data.fullName());
        properties.put("email", data.email());
        properties.put("phone", data.phone());
        properties.put("consentSource", data.consentSource());
        properties.put("consentGivenOn", data.consentGivenOn());
        properties.put("recordedBy", data.recordedBy());
        properties.put("recordedAt", data.recordedAt().toString());
        neo4j.query("""
                MATCH (a:Actor {id: $actorId})
                MERGE (p:PersonalData {actorId: $actorId})
                SET p = $properties, p.actorId = $actorId
                MERGE (p)-[:ABOUT]->(a)
                """).bindAll(Map.of("actorId", data.actorId(), "properties", properties)).run();
    }

    public Optional<PersonalData> find(String actorId) {
        return neo4j.query("MATCH (p:PersonalData {actorId: $actorId}) RETURN p")
                .bind(actorId).to("actorId")
                .fetchAs(PersonalData.class)
                .mappedBy((types, record) -> {
                    var p = record.get("p").asNode();
                    return new PersonalData(actorId, text(p.get("fullName")), text(p.get("email")), text(p.get("phone")),
                            p.get("consentSource").asString(), p.get("consentGivenOn").asLocalDate(),
                            p.get("recordedBy").asString(), Instant.parse(p.get("recordedAt").asString()));
                })
                .one();
    }

    public void delete(String actorId) {
        neo4j.query("MATCH (p:PersonalData {actorId: $actorId}) DETACH DELETE p").bind(actorId).to("actorId").run();
    }

    private static @Nullable String text(org.neo4j.driver.Value value) {
        return value.isNull() ? null : value.asString();
    }

}
