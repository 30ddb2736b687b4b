package nl.weefsel.actor.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.weefsel.actor.Actor;
import nl.weefsel.actor.ActorFilter;
import nl.weefsel.actor.ActorKind;
import nl.weefsel.actor.SchoolType;
import nl.weefsel.base.Discipline;
import nl.weefsel.base.TargetGroup;
import nl.weefsel.base.internal.Props;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.types.MapAccessor;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** Read projections of actors for lists, the network and the analyses. */
@Component
public class ActorQueries {

    private static final String PROJECTION = """
            OPTIONAL MATCH (a)-[:LOCATED_IN]->(loc:Area)
            OPTIONAL MATCH (a)-[:MEMBER_OF]->(org:Actor)
            RETURN a {.*, locatedInId: loc.id, affiliationId: org.id,
                      activeInIds: [(a)-[:ACTIVE_IN]->(x:Area) | x.id]} AS actor
            ORDER BY toLower(a.name)
            """;

    private final Neo4jClient client;

    public ActorQueries(Neo4jClient client) {
        this.client = client;
    }

    public List<Actor> list(ActorFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("text", filter.text() == null ? null : filter.text().strip().toLowerCase());
        parameters.put("kinds", filter.kinds().stream().map(Enum::name).toList());
        parameters.put("areaId", filter.areaId());
        return actors("""
                MATCH (a:Actor)
                WHERE ($text IS NULL OR toLower(a.name) CONTAINS $text)
                  AND (size($kinds) = 0 OR a.kind IN $kinds)
                  AND ($areaId IS NULL OR EXISTS {
                        MATCH (a)-[:LOCATED_IN|ACTIVE_IN]->(:Area)-[:PART_OF*0..]->(:Area {id: $areaId}) })
                """ + PROJECTION, parameters);
    }

    public List<Actor> byIds(Collection<String> ids) {
        return actors("MATCH (a:Actor) WHERE a.id IN $ids\n" + PROJECTION, Map.of("ids", List.copyOf(ids)));
    }

    public long count() {
        return client.query("MATCH (a:Actor) RETURN count(a) AS n")
                .fetchAs(Long.class).mappedBy((types, row) -> row.get("n").asLong()).one().orElse(0L);
    }

    public boolean isReferenced(String id) {
        return client.query("MATCH (a:Actor {id: $id}) RETURN EXISTS { (a)<--() } AS used")
                .bind(id).to("id")
                .fetchAs(Boolean.class).mappedBy((types, row) -> row.get("used").asBoolean())
                .one().orElse(false);
    }

    private List<Actor> actors(String cypher, Map<String, @Nullable Object> parameters) {
        return List.copyOf(client.query(cypher).bindAll(parameters)
                .fetchAs(Actor.class).mappedBy((types, row) -> toActor(row.get("actor")))
                .all());
    }

    static Actor toActor(MapAccessor a) {
        return new Actor(Props.string(a, "id"), Props.string(a, "name"), Props.enumValue(a, "kind", ActorKind.class),
                Props.optionalEnum(a, "schoolType", SchoolType.class), Props.optionalString(a, "description"),
                Props.optionalString(a, "website"), Props.optionalString(a, "kvkNumber"),
                Props.optionalString(a, "locatedInId"), java.util.Set.copyOf(Props.strings(a, "activeInIds")),
                Props.optionalString(a, "affiliationId"),
                Props.enumSet(a, "disciplines", Discipline.class), Props.enumSet(a, "targetGroups", TargetGroup.class),
                Props.longOrZero(a, "version"), Props.audit(a));
    }
}
