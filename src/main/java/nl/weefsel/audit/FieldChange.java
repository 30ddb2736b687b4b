package nl.weefsel.audit;

import java.util.List;

/**
 * One field of a record before and after a change. Values are kept as text: references to other
 * records by the name they had at the time, so the history stays readable after they are gone.
 *
 * @param field  the field's path in the record, e.g. {@code name} or {@code validity.until}
 * @param type   how to show the values: {@code text}, {@code ref}, {@code date}, {@code instant},
 *               {@code boolean}, {@code number} or {@code enum:<Type>} (values are the constants' names)
 * @param before empty when the field had no value
 * @param after  empty when the field has no value (any more)
 */
public record FieldChange(String field, String type, List<String> before, List<String> after) {

    public FieldChange {
        before = List.copyOf(before);
        after = List.copyOf(after);
    }
}
