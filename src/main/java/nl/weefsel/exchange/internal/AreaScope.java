package nl.weefsel.exchange.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Which nodes a back-up of one area holds: the area, the areas inside it (with their boundaries)
 * and above it (so the hierarchy stays whole), what lies in those areas (role assignments,
 * initiatives, needs), the actors located, active or holding a role there, the ties among those
 * actors, and the role taxonomy. History is left out: it belongs to the whole database.
 */
@Component
class AreaScope {

    private final Neo4jClient client;

    AreaScope(Neo4jClient client) {
        this.client = client;
    }

    /** The element ids of the nodes in the area's back-up; empty when no area has the code. */
    Optional<Set<String>> elementIds(String areaCode) {
        List<String> inside = ids("""
                MATCH (:Area {code: $code})<-[:PART_OF*0..]-(d:Area) RETURN collect(elementId(d)) AS ids
                """, Map.of("code", areaCode));
        if (inside.isEmpty()) {
            return Optional.empty();
        }
        Set<String> selected = new LinkedHashSet<>(inside);
        selected.addAll(ids("""
                MATCH (:Area {code: $code})-[:PART_OF*1..]->(up:Area) RETURN collect(DISTINCT elementId(up)) AS ids
                """, Map.of("code", areaCode)));
        List<String> facts = ids("""
                UNWIND $areas AS eid MATCH (d) WHERE elementId(d) = eid
                MATCH (d)<-[:IN_AREA]-(x) RETURN collect(DISTINCT elementId(x)) AS ids
                """, Map.of("areas", inside));
        selected.addAll(facts);
        selected.addAll(ids("""
                UNWIND $areas AS eid MATCH (d) WHERE elementId(d) = eid
                MATCH (d)-[:HAS_BOUNDARY]->(b) RETURN collect(DISTINCT elementId(b)) AS ids
                """, Map.of("areas", inside)));
        Set<String> actors = new LinkedHashSet<>(ids("""
                UNWIND $areas AS eid MATCH (d) WHERE elementId(d) = eid
                MATCH (d)<-[:LOCATED_IN|ACTIVE_IN]-(a:Actor) RETURN collect(DISTINCT elementId(a)) AS ids
                """, Map.of("areas", inside)));
        actors.addAll(ids("""
                UNWIND $facts AS eid MATCH (x) WHERE elementId(x) = eid
                MATCH (x)-[:HELD_BY|RUN_BY]->(a:Actor) RETURN collect(DISTINCT elementId(a)) AS ids
                """, Map.of("facts", facts)));
        selected.addAll(actors);
        selected.addAll(ids("""
                UNWIND $actors AS eid MATCH (a) WHERE elementId(a) = eid
                MATCH (a)<-[:FROM_ACTOR]-(p:Partnership)-[:TO_ACTOR]->(b:Actor) WHERE elementId(b) IN $actors
                RETURN collect(DISTINCT elementId(p)) AS ids
                """, Map.of("actors", List.copyOf(actors))));
        selected.addAll(ids("MATCH (r:Role) RETURN collect(elementId(r)) AS ids", Map.of()));
        return Optional.of(selected);
    }

    private List<String> ids(String cypher, Map<String, Object> parameters) {
        return client.query(cypher).bindAll(parameters)
                .fetchAs(List.class).mappedBy((types, row) -> row.get("ids").asList(Value::asString))
                .one().map(list -> (List<String>) List.<String>copyOf(list)).orElse(List.of());
    }
}
