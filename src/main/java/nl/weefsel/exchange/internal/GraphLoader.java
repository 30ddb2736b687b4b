package nl.weefsel.exchange.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.weefsel.exchange.BackupSummary;
import nl.weefsel.exchange.DatabaseNotEmptyException;
import nl.weefsel.exchange.InvalidFileException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a back-up into the database in one transaction, in batches of {@code UNWIND $rows}: a
 * failure anywhere (a broken constraint, a lost connection) leaves the database as it was.
 *
 * <p>Records keep their ids, audit stamps, versions and provenance, because the properties are
 * written as they are in the file. Roles are found by their key, because every start adds the
 * role taxonomy (with new ids) before a restore can run. When merging, a record of the file
 * replaces the record with the same id, outgoing links included; nothing else is deleted.
 */
@Component
class GraphLoader {

    static final int BATCH = 10_000;

    private final Neo4jClient client;
    private final TransactionTemplate transaction;

    GraphLoader(Neo4jClient client, PlatformTransactionManager transactions) {
        this.client = client;
        this.transaction = new TransactionTemplate(transactions);
    }

    BackupSummary load(GraphData graph, boolean merge) {
        try {
            return write(graph, merge);
        } catch (DataIntegrityViolationException e) {
            // the transaction has been rolled back: say which record clashes, in the database's own words
            String reason = e.getMostSpecificCause().getMessage();
            throw new InvalidFileException("the file clashes with the database: "
                    + (reason == null ? e.getClass().getSimpleName() : reason.lines().findFirst().orElse(reason)), e);
        }
    }

    private BackupSummary write(GraphData graph, boolean merge) {
        return transaction.execute(status -> {
            if (!merge) {
                // Every database starts with the seeded role taxonomy and the history of its seeding.
                long records = count("MATCH (n) WHERE NOT n:Role AND NOT (n:Change AND n.kind = 'Role') RETURN count(n) AS n");
                if (records > 0) {
                    throw new DatabaseNotEmptyException(records);
                }
                // The back-up brings its own history of the taxonomy: keep one, not two.
                client.query("MATCH (c:Change {kind: 'Role'}) DETACH DELETE c").run();
            }
            Map<String, String> elementIds = new HashMap<>(graph.nodes().size() * 2);
            List<GraphNode> created = new ArrayList<>();
            List<Map<String, Object>> replaced = new ArrayList<>();
            for (GraphNode node : graph.nodes()) {
                String existing = merge || node.primaryLabel().equals("Role") ? existing(node) : null;
                if (existing == null) {
                    created.add(node);
                } else {
                    elementIds.put(node.key(), existing);
                    replaced.add(Map.of("eid", existing, "labels", node.labels(), "props", node.properties()));
                }
            }
            replace(replaced);
            create(created, elementIds);
            createRelationships(graph.relationships(), elementIds);
            return new BackupSummary(graph.nodes().size(), graph.relationships().size());
        });
    }

    /**
     * The node this one replaces. One query per node is fine here: it runs only when merging and
     * for the few roles; a plain restore into an empty database only creates.
     */
    private @Nullable String existing(GraphNode node) {
        boolean role = node.primaryLabel().equals("Role") && node.properties().get("key") instanceof String;
        if (!role && !node.hasId()) {
            return null;
        }
        String cypher = role ? "MATCH (n:Role {key: $value}) RETURN elementId(n) AS eid" : """
                MATCH (n:$($label) {id: $value}) RETURN elementId(n) AS eid
                """;
        return client.query(cypher)
                .bindAll(Map.of("label", node.primaryLabel(), "value", node.properties().get(role ? "key" : "id")))
                .fetchAs(String.class).mappedBy((types, row) -> row.get("eid").asString())
                .first().orElse(null);
    }

    private void replace(List<Map<String, Object>> rows) {
        batches(rows, batch -> client.query("""
                UNWIND $rows AS row
                MATCH (n) WHERE elementId(n) = row.eid
                SET n = row.props, n:$(row.labels)
                WITH n
                OPTIONAL MATCH (n)-[old]->(target)
                DELETE old
                WITH DISTINCT target
                WHERE target IS NOT NULL AND target.id IS NULL AND NOT EXISTS { (target)--() }
                DELETE target
                """).bind(batch).to("rows").run());
    }

    /** Nodes with the same labels are created together: one label set per query lets Neo4j plan it once. */
    private void create(List<GraphNode> nodes, Map<String, String> elementIds) {
        Map<List<String>, List<Map<String, Object>>> byLabels = new LinkedHashMap<>();
        for (GraphNode node : nodes) {
            byLabels.computeIfAbsent(node.labels(), labels -> new ArrayList<>())
                    .add(Map.of("key", node.key(), "props", node.properties()));
        }
        byLabels.forEach((labels, rows) -> batches(rows, batch -> client.query("""
                        UNWIND $rows AS row
                        CREATE (n:$($labels))
                        SET n = row.props
                        RETURN row.key AS key, elementId(n) AS eid
                        """).bindAll(Map.of("rows", batch, "labels", labels))
                .fetchAs(String[].class).mappedBy((types, row) -> new String[] {row.get("key").asString(), row.get("eid").asString()})
                .all().forEach(pair -> elementIds.put(pair[0], pair[1]))));
    }

    private void createRelationships(List<GraphRelationship> relationships, Map<String, String> elementIds) {
        Map<String, List<Map<String, Object>>> byType = new LinkedHashMap<>();
        for (GraphRelationship rel : relationships) {
            byType.computeIfAbsent(rel.type(), type -> new ArrayList<>())
                    .add(Map.of("from", elementIds.get(rel.from()), "to", elementIds.get(rel.to()), "props", rel.properties()));
        }
        byType.forEach((type, rows) -> batches(rows, batch -> client.query("""
                UNWIND $rows AS row
                MATCH (a) WHERE elementId(a) = row.from
                MATCH (b) WHERE elementId(b) = row.to
                CREATE (a)-[r:$($type)]->(b)
                SET r = row.props
                """).bindAll(Map.of("rows", batch, "type", type)).run()));
    }

    private long count(String cypher) {
        return client.query(cypher).fetchAs(Long.class).mappedBy((types, row) -> row.get("n").asLong()).one().orElse(0L);
    }

    private static <T> void batches(List<T> rows, java.util.function.Consumer<List<T>> write) {
        for (int start = 0; start < rows.size(); start += BATCH) {
            write.accept(rows.subList(start, Math.min(rows.size(), start + BATCH)));
        }
    }
}
