package nl.weefsel.base.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.weefsel.base.Audit;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;

/**
 * Reads typed properties from a node or record returned by a read query, so that projections
 * written with {@code Neo4jClient} stay one line per field.
 */
public final class Props {

    private Props() {
    }

    public static String string(MapAccessor source, String key) {
        return source.get(key).asString();
    }

    public static @Nullable String optionalString(MapAccessor source, String key) {
        Value value = source.get(key);
        return value.isNull() ? null : value.asString();
    }

    public static @Nullable Integer optionalInt(MapAccessor source, String key) {
        Value value = source.get(key);
        return value.isNull() ? null : value.asInt();
    }

    public static @Nullable Long optionalLong(MapAccessor source, String key) {
        Value value = source.get(key);
        return value.isNull() ? null : value.asLong();
    }

    public static long longOrZero(MapAccessor source, String key) {
        Value value = source.get(key);
        return value.isNull() ? 0 : value.asLong();
    }

    public static boolean bool(MapAccessor source, String key) {
        Value value = source.get(key);
        return !value.isNull() && value.asBoolean();
    }

    public static @Nullable LocalDate optionalDate(MapAccessor source, String key) {
        Value value = source.get(key);
        return value.isNull() ? null : value.asLocalDate();
    }

    public static @Nullable Instant optionalInstant(MapAccessor source, String key) {
        Value value = source.get(key);
        return value.isNull() ? null : value.asZonedDateTime().toInstant();
    }

    public static <E extends Enum<E>> E enumValue(MapAccessor source, String key, Class<E> type) {
        return Enum.valueOf(type, source.get(key).asString());
    }

    public static <E extends Enum<E>> @Nullable E optionalEnum(MapAccessor source, String key, Class<E> type) {
        Value value = source.get(key);
        return value.isNull() ? null : Enum.valueOf(type, value.asString());
    }

    public static <E extends Enum<E>> Set<E> enumSet(MapAccessor source, String key, Class<E> type) {
        Set<E> result = EnumSet.noneOf(type);
        Value value = source.get(key);
        if (!value.isNull()) {
            value.asList(Value::asString).forEach(name -> result.add(Enum.valueOf(type, name)));
        }
        return result;
    }

    public static List<String> strings(MapAccessor source, String key) {
        Value value = source.get(key);
        return value.isNull() ? List.of() : value.asList(Value::asString);
    }

    public static Audit audit(MapAccessor node) {
        return new Audit(optionalString(node, "createdBy"), optionalInstant(node, "createdAt"),
                optionalString(node, "updatedBy"), optionalInstant(node, "updatedAt"));
    }
}
