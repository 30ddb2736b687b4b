package nl.weefsel.audit.internal;

import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.weefsel.audit.ChangeEntry;
import nl.weefsel.audit.FieldChange;
import nl.weefsel.audit.HistoryFilter;
import nl.weefsel.base.RecordChanged;
import nl.weefsel.base.internal.Props;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.types.MapAccessor;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cypher for {@code (:Change)} nodes. They hold the record's id as a property, never a relationship:
 * history must not keep a record from being deleted, and must outlive it.
 */
@Component
public class ChangeQueries {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<FieldChange>> FIELDS = new TypeReference<>() { };

    private final Neo4jClient client;

    ChangeQueries(Neo4jClient client) {
        this.client = client;
    }

    void save(StoredChange change) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("id", change.id());
        parameters.put("kind", change.kind());
        parameters.put("recordId", change.recordId());
        parameters.put("label", change.label());
        parameters.put("change", change.change().name());
        parameters.put("by", change.by());
        parameters.put("at", change.at().atOffset(ZoneOffset.UTC));
        parameters.put("fields", JSON.writeValueAsString(change.fields()));
        parameters.put("before", JSON.writeValueAsString(change.before()));
        parameters.put("after", JSON.writeValueAsString(change.after()));
        client.query("""
                        CREATE (:Change {id: $id, kind: $kind, recordId: $recordId, label: $label, change: $change,
                                         by: $by, at: $at, fields: $fields, before: $before, after: $after})
                        """)
                .bindAll(parameters).run();
    }

    /** Names of the records with these ids, as they are called now: name, title, or a role's Dutch name. One indexed look-up per label. */
    Map<String, String> names(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<String, String> names = new HashMap<>();
        client.query("""
                        CALL () {
                          MATCH (n:Actor) WHERE n.id IN $ids RETURN n
                          UNION MATCH (n:Area) WHERE n.id IN $ids RETURN n
                          UNION MATCH (n:Role) WHERE n.id IN $ids RETURN n
                          UNION MATCH (n:Initiative) WHERE n.id IN $ids RETURN n
                          UNION MATCH (n:Need) WHERE n.id IN $ids RETURN n
                        }
                        RETURN n.id AS id, coalesce(n.name, n.title, n.nameNl, n.id) AS name
                        """)
                .bind(List.copyOf(ids)).to("ids")
                .fetch().all()
                .forEach(row -> names.put((String) row.get("id"), (String) row.get("name")));
        return names;
    }

    /** A change node as stored: its texts and the JSON of its diff and of the record before and after. */
    record StoredTexts(String id, String recordId, String label, String fields, String before, String after) {
    }

    /**
     * The changes of one record, of the records that referred to it (a tie, a role), and every other
     * change in which one of {@code texts} occurs. A scan of all changes: it serves erasure, which is rare.
     */
    List<StoredTexts> ofRecordOrMentioning(String recordId, Collection<String> texts) {
        return List.copyOf(client.query("""
                        MATCH (c:Change)
                        WHERE c.recordId = $recordId OR c.before CONTAINS $quotedId OR c.after CONTAINS $quotedId
                           OR any(text IN $texts WHERE c.label CONTAINS text
                              OR c.fields CONTAINS text OR c.before CONTAINS text OR c.after CONTAINS text)
                        RETURN c.id AS id, c.recordId AS recordId, c.label AS label, c.fields AS fields,
                               c.before AS before, c.after AS after
                        """)
                .bindAll(Map.of("recordId", recordId, "quotedId", JSON.writeValueAsString(recordId), "texts", List.copyOf(texts)))
                .fetchAs(StoredTexts.class).mappedBy((types, row) -> new StoredTexts(Props.string(row, "id"),
                        Props.string(row, "recordId"), Props.string(row, "label"), Props.string(row, "fields"),
                        Props.string(row, "before"), Props.string(row, "after")))
                .all());
    }

    /** Replaces a change's texts; who, when, which record and what kind of change stay. */
    void rewrite(StoredTexts change) {
        client.query("""
                        MATCH (c:Change {id: $id})
                        SET c.label = $label, c.fields = $fields, c.before = $before, c.after = $after
                        """)
                .bindAll(Map.of("id", change.id(), "label", change.label(), "fields", change.fields(),
                        "before", change.before(), "after", change.after()))
                .run();
    }

    public List<ChangeEntry> ofRecord(String recordId) {
        return entries("""
                MATCH (c:Change {recordId: $recordId}) RETURN c ORDER BY c.at DESC, c.id
                """, Map.of("recordId", recordId));
    }

    public List<ChangeEntry> recent(HistoryFilter filter) {
        Map<String, @Nullable Object> parameters = new HashMap<>();
        parameters.put("kind", filter.kind());
        parameters.put("text", filter.text() == null || filter.text().isBlank() ? null : filter.text().strip().toLowerCase());
        parameters.put("limit", Math.max(1, filter.limit()));
        return entries("""
                MATCH (c:Change)
                WHERE ($kind IS NULL OR c.kind = $kind)
                  AND ($text IS NULL OR toLower(c.label) CONTAINS $text OR toLower(c.by) CONTAINS $text)
                RETURN c ORDER BY c.at DESC, c.id LIMIT $limit
                """, parameters);
    }

    private List<ChangeEntry> entries(String cypher, Map<String, @Nullable Object> parameters) {
        return List.copyOf(client.query(cypher).bindAll(parameters)
                .fetchAs(ChangeEntry.class).mappedBy((types, row) -> toEntry(row.get("c")))
                .all());
    }

    private static ChangeEntry toEntry(MapAccessor c) {
        return new ChangeEntry(Props.string(c, "id"), Props.string(c, "kind"), Props.string(c, "recordId"),
                Props.string(c, "label"), Props.enumValue(c, "change", RecordChanged.Change.class), Props.string(c, "by"),
                Objects.requireNonNull(Props.optionalInstant(c, "at")), JSON.readValue(Props.string(c, "fields"), FIELDS));
    }
}
