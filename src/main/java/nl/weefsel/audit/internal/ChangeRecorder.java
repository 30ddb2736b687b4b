package nl.weefsel.audit.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.weefsel.audit.FieldChange;
import nl.weefsel.base.RecordChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Stores every {@link RecordChanged} as a {@code (:Change)} node. It listens synchronously, inside
 * the service's transaction: a change and its history are written together or not at all.
 */
@Component
class ChangeRecorder {

    private final ChangeQueries queries;

    ChangeRecorder(ChangeQueries queries) {
        this.queries = queries;
    }

    @EventListener
    void record(RecordChanged event) {
        Map<String, Flat> before = RecordFlattener.flatten(event.before());
        Map<String, Flat> after = RecordFlattener.flatten(event.after());
        Map<String, String> names = queries.names(references(before, after));
        Map<String, Flat> shownBefore = named(before, names);
        Map<String, Flat> shownAfter = named(after, names);
        queries.save(new StoredChange(UUID.randomUUID().toString(), event.kind(), event.id(),
                label(shownAfter.isEmpty() ? shownBefore : shownAfter, event.id()), event.change(), event.by(), event.at(),
                diff(shownBefore, shownAfter), before, after));
    }

    static List<FieldChange> diff(Map<String, Flat> before, Map<String, Flat> after) {
        Set<String> paths = new LinkedHashSet<>(after.keySet());
        paths.addAll(before.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String path : paths) {
            Flat was = before.get(path);
            Flat is = after.get(path);
            if (!Objects.equals(was, is)) {
                String type = is != null ? is.type() : Objects.requireNonNull(was).type();
                changes.add(new FieldChange(path, type, was == null ? List.of() : was.values(),
                        is == null ? List.of() : is.values()));
            }
        }
        return changes;
    }

    /** The record's name or title; for a fact between records (a tie, a role), the names it links. */
    static String label(Map<String, Flat> fields, String fallback) {
        for (String key : List.of("name", "title", "nameNl")) {
            if (fields.containsKey(key)) {
                return fields.get(key).values().getFirst();
            }
        }
        String linked = fields.entrySet().stream()
                .filter(field -> field.getKey().endsWith("Id") && field.getValue().type().equals("ref"))
                .map(field -> field.getValue().values().getFirst())
                .collect(Collectors.joining(" · "));
        return linked.isEmpty() ? fallback : linked;
    }

    private static Set<String> references(Map<String, Flat> before, Map<String, Flat> after) {
        Set<String> ids = new HashSet<>();
        for (Map<String, Flat> fields : List.of(before, after)) {
            fields.values().stream().filter(flat -> flat.type().equals("ref")).forEach(flat -> ids.addAll(flat.values()));
        }
        return ids;
    }

    private static Map<String, Flat> named(Map<String, Flat> fields, Map<String, String> names) {
        Map<String, Flat> out = new java.util.LinkedHashMap<>();
        fields.forEach((path, flat) -> out.put(path, !flat.type().equals("ref") ? flat
                : flat.withValues(flat.values().stream().map(id -> names.getOrDefault(id, id)).sorted().toList())));
        return out;
    }
}
