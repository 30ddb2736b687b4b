package nl.weefsel.area.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.weefsel.area.Area;
import nl.weefsel.area.AreaLevel;
import nl.weefsel.base.internal.Props;
import org.neo4j.driver.types.MapAccessor;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** Read projections of areas, and the boundary nodes that are kept apart so lists stay light. */
@Component
public class AreaQueries {

    private static final String AREA_COLUMNS = """
            RETURN a {.*, parentId: p.id} AS area
            """;

    private final Neo4jClient client;

    public AreaQueries(Neo4jClient client) {
        this.client = client;
    }

    public List<Area> all() {
        return areas("""
                MATCH (a:Area) OPTIONAL MATCH (a)-[:PART_OF]->(p:Area)
                """ + AREA_COLUMNS + " ORDER BY a.name", Map.of());
    }

    public List<Area> byIds(Collection<String> ids) {
        return areas("""
                MATCH (a:Area) WHERE a.id IN $ids OPTIONAL MATCH (a)-[:PART_OF]->(p:Area)
                """ + AREA_COLUMNS + " ORDER BY a.name", Map.of("ids", List.copyOf(ids)));
    }

    public List<Area> children(String parentId) {
        return areas("""
                MATCH (a:Area)-[:PART_OF]->(p:Area {id: $parentId})
                """ + AREA_COLUMNS + " ORDER BY a.name", Map.of("parentId", parentId));
    }

    /** The area and every area inside it, at any depth. */
    public List<String> selfAndDescendantIds(String id) {
        return List.copyOf(client.query("""
                        MATCH (a:Area {id: $id})<-[:PART_OF*0..]-(d:Area) RETURN d.id AS id
                        """)
                .bind(id).to("id")
                .fetchAs(String.class).mappedBy((types, row) -> row.get("id").asString())
                .all());
    }

    /** The area and every area it lies in, from the area itself upwards. */
    public List<String> selfAndAncestorIds(String id) {
        return client.query("""
                        MATCH path = (a:Area {id: $id})-[:PART_OF*0..]->(top:Area)
                        WHERE NOT (top)-[:PART_OF]->()
                        RETURN [n IN nodes(path) | n.id] AS ids
                        """)
                .bind(id).to("id")
                .fetchAs(List.class).mappedBy((types, row) -> row.get("ids").asList(v -> v.asString()))
                .one()
                .map(ids -> List.<String>copyOf(ids))
                .orElse(List.of());
    }

    public boolean hasDependents(String id) {
        return client.query("""
                        MATCH (a:Area {id: $id})
                        RETURN EXISTS { (a)<--() } AS used
                        """)
                .bind(id).to("id")
                .fetchAs(Boolean.class).mappedBy((types, row) -> row.get("used").asBoolean())
                .one().orElse(false);
    }

    public void saveBoundary(String areaId, String geoJson, int year, String source) {
        client.query("""
                        MATCH (a:Area {id: $areaId})
                        MERGE (a)-[:HAS_BOUNDARY]->(b:Boundary)
                        SET b.geoJson = $geoJson, b.year = $year, b.source = $source
                        """)
                .bindAll(Map.of("areaId", areaId, "geoJson", geoJson, "year", year, "source", source))
                .run();
    }

    public Optional<String> boundary(String areaId) {
        return client.query("""
                        MATCH (:Area {id: $areaId})-[:HAS_BOUNDARY]->(b:Boundary) RETURN b.geoJson AS geoJson
                        """)
                .bind(areaId).to("areaId")
                .fetchAs(String.class).mappedBy((types, row) -> row.get("geoJson").asString())
                .one();
    }

    public void deleteBoundary(String areaId) {
        client.query("MATCH (:Area {id: $areaId})-[:HAS_BOUNDARY]->(b:Boundary) DETACH DELETE b")
                .bind(areaId).to("areaId").run();
    }

    private List<Area> areas(String cypher, Map<String, Object> parameters) {
        return List.copyOf(client.query(cypher).bindAll(parameters)
                .fetchAs(Area.class).mappedBy((types, row) -> toArea(row.get("area")))
                .all());
    }

    static Area toArea(MapAccessor a) {
        return new Area(Props.string(a, "id"), Props.enumValue(a, "level", AreaLevel.class),
                Props.optionalString(a, "code"), Props.string(a, "name"),
                Props.optionalInt(a, "population"), Props.optionalInt(a, "populationYear"),
                Props.optionalString(a, "populationSource"), Props.optionalString(a, "parentId"),
                Props.longOrZero(a, "version"), Props.audit(a));
    }
}
