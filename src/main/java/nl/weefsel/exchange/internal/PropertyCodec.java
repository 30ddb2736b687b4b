package nl.weefsel.exchange.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.TreeMap;
import java.util.function.Function;
import nl.weefsel.exchange.InvalidFileException;
import tools.jackson.databind.JsonNode;

/**
 * Turns Neo4j property values into JSON and back without losing their type: strings, integers,
 * floats, booleans and lists are plain JSON; temporal values are one-key objects such as
 * {@code {"$date": "2024-01-01"}} or {@code {"$datetime": "2026-11-25T10:00:00.123Z"}}, so that a
 * date comes back as a date and not as text.
 */
final class PropertyCodec {

    private static final Map<String, Function<String, Object>> TEMPORAL = Map.of(
            "$date", LocalDate::parse,
            "$datetime", text -> ZonedDateTime.parse(text, DateTimeFormatter.ISO_ZONED_DATE_TIME),
            "$localdatetime", LocalDateTime::parse,
            "$localtime", LocalTime::parse,
            "$time", OffsetTime::parse);

    private PropertyCodec() {
    }

    /** The properties as JSON-ready values, keys sorted so that equal graphs give equal files. */
    static Map<String, Object> encode(Map<String, Object> properties) {
        Map<String, Object> encoded = new TreeMap<>();
        properties.forEach((key, value) -> encoded.put(key, encodeValue(value)));
        return encoded;
    }

    private static Object encodeValue(Object value) {
        return switch (value) {
            case String s -> s;
            case Boolean b -> b;
            case Long l -> l;
            case Integer i -> i.longValue();
            case Double d -> d;
            case Float f -> f.doubleValue();
            case LocalDate d -> Map.of("$date", d.toString());
            case ZonedDateTime t -> Map.of("$datetime", t.format(DateTimeFormatter.ISO_ZONED_DATE_TIME));
            case OffsetDateTime t -> Map.of("$datetime", t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            case LocalDateTime t -> Map.of("$localdatetime", t.toString());
            case LocalTime t -> Map.of("$localtime", t.toString());
            case OffsetTime t -> Map.of("$time", t.toString());
            case List<?> list -> list.stream().map(element -> encodeValue(element)).toList();
            default -> throw new IllegalStateException("A property of type " + value.getClass().getName()
                    + " cannot be exported yet");
        };
    }

    /** The properties of a node or relationship read from a file; {@code where} names it in errors. */
    static Map<String, Object> decode(JsonNode properties, String where) {
        if (properties == null || properties.isNull() || properties.isMissingNode()) {
            return Map.of();
        }
        if (!properties.isObject()) {
            throw new InvalidFileException(where + ": \"properties\" must be an object");
        }
        Map<String, Object> decoded = new TreeMap<>();
        for (Entry<String, JsonNode> property : properties.properties()) {
            if (property.getKey().isBlank()) {
                throw new InvalidFileException(where + ": a property has an empty name");
            }
            if (!property.getValue().isNull()) {
                decoded.put(property.getKey(), decodeValue(property.getValue(), where + ", property " + property.getKey()));
            }
        }
        return decoded;
    }

    private static Object decodeValue(JsonNode value, String where) {
        if (value.isString()) {
            return value.stringValue();
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isIntegralNumber()) {
            if (!value.canConvertToLong()) {
                throw new InvalidFileException(where + ": " + value + " is too large a number");
            }
            return value.longValue();
        }
        if (value.isNumber()) {
            return value.doubleValue();
        }
        if (value.isArray()) {
            List<Object> list = new ArrayList<>();
            for (JsonNode element : value) {
                if (element.isArray() || element.isNull()) {
                    throw new InvalidFileException(where + ": a list may hold only plain values");
                }
                list.add(decodeValue(element, where));
            }
            return list;
        }
        if (value.isObject() && value.size() == 1) {
            String type = value.propertyNames().iterator().next();
            Function<String, Object> parser = TEMPORAL.get(type);
            if (parser != null && value.get(type).isString()) {
                try {
                    return parser.apply(value.get(type).stringValue());
                } catch (DateTimeParseException e) {
                    throw new InvalidFileException(where + ": '" + value.get(type).stringValue() + "' is not a valid " + type.substring(1));
                }
            }
        }
        throw new InvalidFileException(where + ": " + value + " is not a value Weefsel can store");
    }
}
