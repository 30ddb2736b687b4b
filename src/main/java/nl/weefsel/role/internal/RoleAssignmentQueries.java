package nl.weefsel.role.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.weefsel.base.Provenance;
import nl.weefsel.base.Validity;
import nl.weefsel.base.internal.Props;
import nl.weefsel.role.AssignmentBasis;
import nl.weefsel.role.RoleAssignment;
import nl.weefsel.role.RoleAssignmentFilter;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.types.MapAccessor;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** Read projections of role assignments. */
@Component
public class RoleAssignmentQueries {

    private final Neo4jClient client;

    public RoleAssignmentQueries(Neo4jClient client) {
        this.client = client;
    }

    /**
     * The assignments the filter asks for, each once with one holder, role and area: a statement
     * that runs while a save moves one of those ends can see the old and the new relationship at
     * once (Neo4j commits creations before deletions), DD005.
     */
    public List<RoleAssignment> list(RoleAssignmentFilter filter) {
        Map<String, @Nullable Object> parameters = new HashMap<>();
        parameters.put("actorId", filter.actorId());
        parameters.put("roleId", filter.roleId());
        parameters.put("areaId", filter.areaId());
        parameters.put("day", filter.currentOn());
        return List.copyOf(client.query("""
                        MATCH (ra:RoleAssignment)-[:HELD_BY]->(actor:Actor),
                              (ra)-[:OF_ROLE]->(role:Role), (ra)-[:IN_AREA]->(area:Area)
                        WHERE ($actorId IS NULL OR actor.id = $actorId)
                          AND ($roleId IS NULL OR role.id = $roleId)
                          AND ($areaId IS NULL OR EXISTS { (area)-[:PART_OF*0..]->(:Area {id: $areaId}) })
                          AND ($day IS NULL OR ((ra.validFrom IS NULL OR ra.validFrom <= $day)
                                               AND (ra.validUntil IS NULL OR ra.validUntil >= $day)))
                        WITH ra, head(collect({actor: actor, role: role, area: area})) AS ends
                        RETURN ra {.*, actorId: ends.actor.id, roleId: ends.role.id, areaId: ends.area.id} AS assignment
                        ORDER BY ends.area.name, ends.role.nameNl, ends.actor.name
                        """)
                .bindAll(parameters)
                .fetchAs(RoleAssignment.class).mappedBy((types, row) -> toAssignment(row.get("assignment")))
                .all());
    }

    static RoleAssignment toAssignment(MapAccessor ra) {
        return new RoleAssignment(Props.string(ra, "id"), Props.string(ra, "actorId"), Props.string(ra, "roleId"),
                Props.string(ra, "areaId"), Props.enumValue(ra, "basis", AssignmentBasis.class),
                new Validity(Props.optionalDate(ra, "validFrom"), Props.optionalDate(ra, "validUntil")),
                new Provenance(Props.string(ra, "assertedBy"), Props.optionalString(ra, "source"),
                        java.util.Objects.requireNonNull(Props.optionalInstant(ra, "assertedAt"))),
                Props.optionalString(ra, "note"), Props.longOrZero(ra, "version"), Props.audit(ra));
    }
}
