package nl.weefsel.audit.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Turns a feature's record (Actor, Partnership …) into field path → values, so that two versions can
 * be compared field by field without the audit knowing any feature. Nested records become dotted
 * paths ({@code validity.until}); fields named {@code …Id}/{@code …Ids} are references to other
 * records. Bookkeeping that changes with every save (id, version, audit stamps, the provenance
 * time) is left out: it would drown the real change.
 */
final class RecordFlattener {

    private static final Set<String> SKIPPED = Set.of("id", "version", "audit", "provenance.assertedAt");

    private RecordFlattener() {
    }

    static Map<String, Flat> flatten(@Nullable Object value) {
        Map<String, Flat> out = new LinkedHashMap<>();
        if (value instanceof Record record) {
            components(record, "", out);
        }
        return out;
    }

    private static void components(Record record, String prefix, Map<String, Flat> out) {
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            String path = prefix + component.getName();
            if (!SKIPPED.contains(path)) {
                walk(path, read(record, component), out);
            }
        }
    }

    private static void walk(String path, @Nullable Object value, Map<String, Flat> out) {
        switch (value) {
            case null -> { }
            case Record nested -> components(nested, path + ".", out);
            case Collection<?> many when many.isEmpty() -> { }
            case Collection<?> many -> out.put(path, new Flat(typeOf(path, many.iterator().next()),
                    many.stream().map(RecordFlattener::text).sorted().toList()));
            default -> out.put(path, new Flat(typeOf(path, value), List.of(text(value))));
        }
    }

    private static String typeOf(String path, Object value) {
        return switch (value) {
            case Enum<?> e -> "enum:" + e.getDeclaringClass().getSimpleName();
            case LocalDate d -> "date";
            case Instant i -> "instant";
            case Boolean b -> "boolean";
            case Number n -> "number";
            default -> path.endsWith("Id") || path.endsWith("Ids") ? "ref" : "text";
        };
    }

    private static String text(Object value) {
        return value instanceof Enum<?> e ? e.name() : value.toString();
    }

    private static @Nullable Object read(Record record, RecordComponent component) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component + " of " + record.getClass(), e);
        }
    }
}
