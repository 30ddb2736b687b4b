package nl.weefsel.coverage.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.weefsel.actor.Actor;
import nl.weefsel.actor.ActorKind;
import nl.weefsel.actor.SchoolType;
import nl.weefsel.area.Area;
import nl.weefsel.area.AreaLevel;
import nl.weefsel.base.Discipline;
import nl.weefsel.base.Provenance;
import nl.weefsel.base.TargetGroup;
import nl.weefsel.base.Validity;
import nl.weefsel.base.internal.Props;
import nl.weefsel.initiative.Initiative;
import nl.weefsel.initiative.InitiativeStatus;
import nl.weefsel.initiative.Need;
import nl.weefsel.initiative.NeedStatus;
import nl.weefsel.partnership.TieKind;
import nl.weefsel.role.AssignmentBasis;
import nl.weefsel.role.Role;
import nl.weefsel.role.RoleAssignment;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.types.MapAccessor;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the network for coverage in a handful of queries, straight from the graph: coverage is
 * computed in the background and from the command line, where no user is signed in, so it does not
 * go through the core services' per-user checks. Only what is current on the day is read.
 */
@Component
public class CoverageQueries {

    /** A stored boundary: GeoJSON as given, and where and when it comes from. */
    public record Boundary(String areaId, String geoJson, @Nullable Integer year, @Nullable String source) {
    }

    private static final String CURRENT = """
            (x.validFrom IS NULL OR x.validFrom <= $day) AND (x.validUntil IS NULL OR x.validUntil >= $day)""";

    private final Neo4jClient client;

    public CoverageQueries(Neo4jClient client) {
        this.client = client;
    }

    @Transactional(readOnly = true)
    public NetworkData network(LocalDate day) {
        List<Actor> actors = actors();
        return new NetworkData(day, areas(), actors, roles(), assignments(day), initiatives(day), openNeeds(),
                NetworkData.withAffiliations(partnerships(day), actors));
    }

    @Transactional(readOnly = true)
    public List<Boundary> boundaries(Collection<String> areaIds) {
        return List.copyOf(client.query("""
                        MATCH (a:Area)-[:HAS_BOUNDARY]->(b:Boundary) WHERE a.id IN $ids
                        RETURN a.id AS areaId, b.geoJson AS geoJson, b.year AS year, b.source AS source
                        """)
                .bind(List.copyOf(areaIds)).to("ids")
                .fetchAs(Boundary.class).mappedBy((types, row) -> new Boundary(row.get("areaId").asString(),
                        row.get("geoJson").asString(), Props.optionalInt(row, "year"), Props.optionalString(row, "source")))
                .all());
    }

    List<Area> areas() {
        return list("""
                MATCH (a:Area) OPTIONAL MATCH (a)-[:PART_OF]->(p:Area)
                RETURN a {.*, parentId: p.id} AS row ORDER BY a.name
                """, Map.of(), Area.class, CoverageQueries::area);
    }

    List<Role> roles() {
        return list("MATCH (r:Role) RETURN r {.*} AS row ORDER BY r.nameNl", Map.of(), Role.class,
                r -> new Role(Props.string(r, "id"), Props.string(r, "key"), Props.string(r, "nameNl"),
                        Props.string(r, "nameEn"), Props.string(r, "descriptionNl"), Props.string(r, "descriptionEn"),
                        Props.longOrZero(r, "version")));
    }

    List<Actor> actors() {
        return list("""
                MATCH (a:Actor)
                OPTIONAL MATCH (a)-[:LOCATED_IN]->(loc:Area)
                OPTIONAL MATCH (a)-[:MEMBER_OF]->(org:Actor)
                RETURN a {.*, locatedInId: loc.id, affiliationId: org.id,
                          activeInIds: [(a)-[:ACTIVE_IN]->(x:Area) | x.id]} AS row
                ORDER BY toLower(a.name)
                """, Map.of(), Actor.class, CoverageQueries::actor);
    }

    List<RoleAssignment> assignments(LocalDate day) {
        return list("""
                MATCH (x:RoleAssignment)-[:HELD_BY]->(actor:Actor), (x)-[:OF_ROLE]->(role:Role), (x)-[:IN_AREA]->(area:Area)
                WHERE %s
                RETURN x {.*, actorId: actor.id, roleId: role.id, areaId: area.id} AS row
                """.formatted(CURRENT), Map.of("day", day), RoleAssignment.class, CoverageQueries::assignment);
    }

    List<Initiative> initiatives(LocalDate day) {
        return list("""
                MATCH (x:Initiative)-[:IN_AREA]->(area:Area)
                WHERE x.status = 'ACTIVE' AND %s
                OPTIONAL MATCH (x)-[:RUN_BY]->(runner:Actor)
                RETURN x {.*, areaId: area.id, runById: runner.id} AS row
                """.formatted(CURRENT), Map.of("day", day), Initiative.class, CoverageQueries::initiative);
    }

    List<Need> openNeeds() {
        return list("""
                MATCH (n:Need)-[:IN_AREA]->(area:Area) WHERE n.status = 'OPEN'
                RETURN n {.*, areaId: area.id,
                          initiativeIds: [(n)-[:ANSWERED_BY]->(i:Initiative) | i.id],
                          actorIds: [(n)-[:ANSWERED_BY_ACTOR]->(a:Actor) | a.id]} AS row
                """, Map.of(), Need.class, CoverageQueries::need);
    }

    List<Tie> partnerships(LocalDate day) {
        return list("""
                MATCH (a:Actor)<-[:FROM_ACTOR]-(x:Partnership)-[:TO_ACTOR]->(b:Actor)
                WHERE %s
                RETURN {id: x.id, from: a.id, to: b.id, kind: x.kind, writtenAgreement: x.writtenAgreement,
                        fixedContactPerson: x.fixedContactPerson} AS row
                """.formatted(CURRENT), Map.of("day", day), Tie.class,
                t -> new Tie(Props.string(t, "id"), Props.string(t, "from"), Props.string(t, "to"),
                        Props.optionalEnum(t, "kind", TieKind.class), Props.bool(t, "writtenAgreement"),
                        Props.bool(t, "fixedContactPerson")));
    }

    private <T> List<T> list(String cypher, Map<String, Object> parameters, Class<T> type,
                             java.util.function.Function<MapAccessor, T> mapper) {
        return List.copyOf(client.query(cypher).bindAll(parameters)
                .fetchAs(type).mappedBy((types, row) -> mapper.apply(row.get("row")))
                .all());
    }

    private static Area area(MapAccessor a) {
        return new Area(Props.string(a, "id"), Props.enumValue(a, "level", AreaLevel.class),
                Props.optionalString(a, "code"), Props.string(a, "name"), Props.optionalInt(a, "population"),
                Props.optionalInt(a, "populationYear"), Props.optionalString(a, "populationSource"),
                Props.optionalString(a, "parentId"), Props.longOrZero(a, "version"), Props.audit(a));
    }

    private static Actor actor(MapAccessor a) {
        return new Actor(Props.string(a, "id"), Props.string(a, "name"), Props.enumValue(a, "kind", ActorKind.class),
                Props.optionalEnum(a, "schoolType", SchoolType.class), Props.optionalString(a, "description"),
                Props.optionalString(a, "website"), Props.optionalString(a, "kvkNumber"),
                Props.optionalString(a, "locatedInId"), Set.copyOf(Props.strings(a, "activeInIds")),
                Props.optionalString(a, "affiliationId"), Props.enumSet(a, "disciplines", Discipline.class),
                Props.enumSet(a, "targetGroups", TargetGroup.class), Props.longOrZero(a, "version"), Props.audit(a));
    }

    private static RoleAssignment assignment(MapAccessor x) {
        return new RoleAssignment(Props.string(x, "id"), Props.string(x, "actorId"), Props.string(x, "roleId"),
                Props.string(x, "areaId"), Props.enumValue(x, "basis", AssignmentBasis.class), validity(x),
                new Provenance(Props.string(x, "assertedBy"), Props.optionalString(x, "source"),
                        java.util.Objects.requireNonNull(Props.optionalInstant(x, "assertedAt"))),
                Props.optionalString(x, "note"), Props.longOrZero(x, "version"), Props.audit(x));
    }

    private static Initiative initiative(MapAccessor x) {
        return new Initiative(Props.string(x, "id"), Props.string(x, "name"), Props.optionalString(x, "description"),
                Props.string(x, "areaId"), Props.optionalString(x, "runById"),
                Props.enumSet(x, "targetGroups", TargetGroup.class), Props.enumSet(x, "disciplines", Discipline.class),
                Props.enumValue(x, "status", InitiativeStatus.class), validity(x), Props.longOrZero(x, "version"),
                Props.audit(x));
    }

    private static Need need(MapAccessor n) {
        return new Need(Props.string(n, "id"), Props.string(n, "title"), Props.optionalString(n, "description"),
                Props.string(n, "areaId"), Props.enumSet(n, "targetGroups", TargetGroup.class),
                Props.enumSet(n, "disciplines", Discipline.class), Props.enumValue(n, "status", NeedStatus.class),
                Props.optionalDate(n, "heardOn"), Set.copyOf(Props.strings(n, "initiativeIds")),
                Set.copyOf(Props.strings(n, "actorIds")), Props.longOrZero(n, "version"), Props.audit(n));
    }

    private static Validity validity(MapAccessor x) {
        return new Validity(Props.optionalDate(x, "validFrom"), Props.optionalDate(x, "validUntil"));
    }
}
