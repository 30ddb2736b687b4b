package nl.weefsel.exchange.internal;

import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleConsumer;
import nl.weefsel.exchange.InvalidFileException;
import nl.weefsel.exchange.SheetKind;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Writes checked sheet rows with batched {@code UNWIND $rows} Cypher, far faster than one service
 * call per row. The nodes get exactly the shape the features' entities have (properties, version 0,
 * audit stamps, provenance, relationships), and a test reads them back through the services. Each
 * record names its {@code (:ImportRun)} in {@code importRunId} — a property rather than a link,
 * because 100,000 links to one node would make it the slowest part of a large import. Runs
 * inside the caller's transaction: the whole sheet is written or nothing is.
 */
@Component
class SheetWriter {

    static final int BATCH = 10_000;

    private static final Map<SheetKind, String> CREATE = Map.of(
            SheetKind.ACTORS, """
                    UNWIND $rows AS row
                    CREATE (n:Actor {id: row.id, name: row.name, kind: row.kind, schoolType: row.schoolType,
                                     description: row.description, website: row.website, kvkNumber: row.kvkNumber,
                                     disciplines: row.disciplines, targetGroups: row.targetGroups,
                                     version: 0, createdBy: $user, createdAt: $at, updatedBy: $user, updatedAt: $at, importRunId: $runId})
                    WITH n, row
                    CALL (n, row) { MATCH (x:Area {id: row.locatedInId}) CREATE (n)-[:LOCATED_IN]->(x) }
                    CALL (n, row) { UNWIND row.activeInIds AS areaId MATCH (x:Area {id: areaId}) CREATE (n)-[:ACTIVE_IN]->(x) }
                    RETURN count(n) AS written
                    """,
            SheetKind.ROLE_ASSIGNMENTS, """
                    UNWIND $rows AS row
                    MATCH (a:Actor {id: row.actorId}), (r:Role {id: row.roleId}), (x:Area {id: row.areaId})
                    CREATE (n:RoleAssignment {id: row.id, basis: row.basis, validFrom: row.validFrom, validUntil: row.validUntil,
                                              note: row.note, assertedBy: $user, assertedAt: $at, source: coalesce(row.source, $source),
                                              version: 0, createdBy: $user, createdAt: $at, updatedBy: $user, updatedAt: $at, importRunId: $runId})
                    CREATE (n)-[:HELD_BY]->(a), (n)-[:OF_ROLE]->(r), (n)-[:IN_AREA]->(x)
                    RETURN count(n) AS written
                    """,
            SheetKind.PARTNERSHIPS, """
                    UNWIND $rows AS row
                    MATCH (a:Actor) WHERE elementId(a) = row.fromElementId
                    MATCH (b:Actor) WHERE elementId(b) = row.toElementId
                    CREATE (n:Partnership {id: row.id, kind: row.kind, intensity: row.intensity,
                                           writtenAgreement: row.writtenAgreement, fixedContactPerson: row.fixedContactPerson,
                                           confirmed: row.confirmed, validFrom: row.validFrom, validUntil: row.validUntil,
                                           note: row.note, assertedBy: $user, assertedAt: $at, source: coalesce(row.source, $source),
                                           version: 0, createdBy: $user, createdAt: $at, updatedBy: $user, updatedAt: $at, importRunId: $runId})
                    CREATE (n)-[:FROM_ACTOR]->(a)
                    CREATE (n)-[:TO_ACTOR]->(b)
                    RETURN count(n) AS written
                    """,
            SheetKind.INITIATIVES, """
                    UNWIND $rows AS row
                    MATCH (x:Area {id: row.areaId})
                    CREATE (n:Initiative {id: row.id, name: row.name, description: row.description, status: row.status,
                                          disciplines: row.disciplines, targetGroups: row.targetGroups,
                                          validFrom: row.validFrom, validUntil: row.validUntil,
                                          version: 0, createdBy: $user, createdAt: $at, updatedBy: $user, updatedAt: $at, importRunId: $runId})
                    CREATE (n)-[:IN_AREA]->(x)
                    WITH n, row
                    CALL (n, row) { MATCH (a:Actor {id: row.runById}) CREATE (n)-[:RUN_BY]->(a) }
                    RETURN count(n) AS written
                    """,
            SheetKind.NEEDS, """
                    UNWIND $rows AS row
                    MATCH (x:Area {id: row.areaId})
                    CREATE (n:Need {id: row.id, title: row.title, description: row.description, status: row.status,
                                    disciplines: row.disciplines, targetGroups: row.targetGroups, heardOn: row.heardOn,
                                    version: 0, createdBy: $user, createdAt: $at, updatedBy: $user, updatedAt: $at, importRunId: $runId})
                    CREATE (n)-[:IN_AREA]->(x)
                    RETURN count(n) AS written
                    """);

    /*
     * Audit and provenance are written in the CREATE itself rather than with SET n += $map: a map of
     * unknown keys makes the planner add an Eager step (it might overwrite the ids the MATCH reads).
     * Ties find their actors by element id, looked up in the same transaction: MATCH on the unique
     * id in a writing query is a locking index seek, 200,000 of them for 100,000 ties. Every query
     * returns how many rows it wrote; fewer than it was given (a record deleted since the check)
     * aborts the import, so no row is silently left out.
     */

    /** Fills in what an existing actor lacks from the row merged into it; it never overwrites. */
    private static final String MERGE_ACTORS = """
            UNWIND $rows AS row
            MATCH (n:Actor {id: row.existingId})
            SET n.website = coalesce(n.website, row.website), n.kvkNumber = coalesce(n.kvkNumber, row.kvkNumber),
                n.description = coalesce(n.description, row.description),
                n.updatedBy = $user, n.updatedAt = $at, n.version = n.version + 1,
                n.mergedInImportRunId = $runId
            RETURN count(n) AS written
            """;

    private final Neo4jClient client;

    SheetWriter(Neo4jClient client) {
        this.client = client;
    }

    void startRun(String runId, Map<String, Object> run) {
        client.query("CREATE (r:ImportRun) SET r = $run, r.id = $runId").bindAll(Map.of("run", run, "runId", runId)).run();
    }

    void create(SheetKind kind, String runId, String user, ZonedDateTime at, String source, List<Map<String, Object>> rows,
                DoubleConsumer progress) {
        if (kind == SheetKind.PARTNERSHIPS && !rows.isEmpty()) {
            Map<String, String> elementIds = actorElementIds();
            for (Map<String, Object> row : rows) {
                row.put("fromElementId", elementIds.get((String) row.get("fromId")));
                row.put("toElementId", elementIds.get((String) row.get("toId")));
            }
        }
        write(CREATE.get(kind), runId, user, at, source, rows, progress);
    }

    private Map<String, String> actorElementIds() {
        Map<String, String> elementIds = new HashMap<>();
        client.query("MATCH (a:Actor) RETURN a.id AS id, elementId(a) AS elementId").fetch().all()
                .forEach(row -> elementIds.put((String) row.get("id"), (String) row.get("elementId")));
        return elementIds;
    }

    void merge(String runId, String user, ZonedDateTime at, List<Map<String, Object>> rows) {
        write(MERGE_ACTORS, runId, user, at, "", rows, fraction -> { });
    }

    private void write(String cypher, String runId, String user, ZonedDateTime at, String source,
                       List<Map<String, Object>> rows, DoubleConsumer progress) {
        for (int start = 0; start < rows.size(); start += BATCH) {
            List<Map<String, Object>> batch = rows.subList(start, Math.min(rows.size(), start + BATCH));
            long written = client.query(cypher).bindAll(Map.of("rows", batch, "user", user, "at", at, "source", source, "runId", runId))
                    .fetchAs(Long.class).mappedBy((types, record) -> record.get("written").asLong()).one().orElse(0L);
            if (written != batch.size()) {
                throw new InvalidFileException((batch.size() - written) + " rows refer to records that were deleted during the import; "
                        + "nothing was imported");
            }
            progress.accept((double) (start + batch.size()) / rows.size());
        }
    }
}
