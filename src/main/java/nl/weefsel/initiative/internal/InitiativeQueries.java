package nl.weefsel.initiative.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.weefsel.base.Discipline;
import nl.weefsel.base.TargetGroup;
import nl.weefsel.base.Validity;
import nl.weefsel.base.internal.Props;
import nl.weefsel.initiative.Initiative;
import nl.weefsel.initiative.InitiativeStatus;
import nl.weefsel.initiative.Need;
import nl.weefsel.initiative.NeedStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** Read projections of initiatives and needs, per area (an area includes the areas inside it). */
@Component
public class InitiativeQueries {

    private final Neo4jClient client;

    public InitiativeQueries(Neo4jClient client) {
        this.client = client;
    }

    /**
     * Initiatives in the area or inside it, or all. Each once, with one area and one runner: a
     * statement that runs while a save moves one of those ends can see the old and the new
     * relationship at once (Neo4j commits creations before deletions), DD005.
     */
    public List<Initiative> initiatives(@Nullable String areaId) {
        Map<String, @Nullable Object> parameters = new HashMap<>();
        parameters.put("areaId", areaId);
        return List.copyOf(client.query("""
                        MATCH (i:Initiative)-[:IN_AREA]->(area:Area)
                        WHERE $areaId IS NULL OR EXISTS { (area)-[:PART_OF*0..]->(:Area {id: $areaId}) }
                        WITH i, head(collect(area)) AS area
                        OPTIONAL MATCH (i)-[:RUN_BY]->(runner:Actor)
                        WITH i, area, head(collect(runner)) AS runner
                        RETURN i {.*, areaId: area.id, runById: runner.id} AS initiative
                        ORDER BY toLower(i.name)
                        """)
                .bindAll(parameters)
                .fetchAs(Initiative.class).mappedBy((types, row) -> {
                    var i = row.get("initiative");
                    return new Initiative(Props.string(i, "id"), Props.string(i, "name"), Props.optionalString(i, "description"),
                            Props.string(i, "areaId"), Props.optionalString(i, "runById"),
                            Props.enumSet(i, "targetGroups", TargetGroup.class), Props.enumSet(i, "disciplines", Discipline.class),
                            Props.enumValue(i, "status", InitiativeStatus.class),
                            new Validity(Props.optionalDate(i, "validFrom"), Props.optionalDate(i, "validUntil")),
                            Props.longOrZero(i, "version"), Props.audit(i));
                })
                .all());
    }

    /** Needs in the area or inside it, or all; each once, as {@link #initiatives}. */
    public List<Need> needs(@Nullable String areaId) {
        Map<String, @Nullable Object> parameters = new HashMap<>();
        parameters.put("areaId", areaId);
        return List.copyOf(client.query("""
                        MATCH (n:Need)-[:IN_AREA]->(area:Area)
                        WHERE $areaId IS NULL OR EXISTS { (area)-[:PART_OF*0..]->(:Area {id: $areaId}) }
                        WITH n, head(collect(area)) AS area
                        RETURN n {.*, areaId: area.id,
                                  initiativeIds: [(n)-[:ANSWERED_BY]->(i:Initiative) | i.id],
                                  actorIds: [(n)-[:ANSWERED_BY_ACTOR]->(a:Actor) | a.id]} AS need
                        ORDER BY n.heardOn DESC, toLower(n.title)
                        """)
                .bindAll(parameters)
                .fetchAs(Need.class).mappedBy((types, row) -> {
                    var n = row.get("need");
                    return new Need(Props.string(n, "id"), Props.string(n, "title"), Props.optionalString(n, "description"),
                            Props.string(n, "areaId"), Props.enumSet(n, "targetGroups", TargetGroup.class),
                            Props.enumSet(n, "disciplines", Discipline.class), Props.enumValue(n, "status", NeedStatus.class),
                            Props.optionalDate(n, "heardOn"), Set.copyOf(Props.strings(n, "initiativeIds")),
                            Set.copyOf(Props.strings(n, "actorIds")), Props.longOrZero(n, "version"), Props.audit(n));
                })
                .all());
    }
}
