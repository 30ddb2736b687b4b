package nl.weefsel.audit.internal;

import java.util.List;

/** One field of a flattened record: how to show it, and its values as text (one, or several for a set). */
record Flat(String type, List<String> values) {

    Flat {
        values = List.copyOf(values);
    }

    Flat withValues(List<String> replaced) {
        return new Flat(type, replaced);
    }
}
