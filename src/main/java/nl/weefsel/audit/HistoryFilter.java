package nl.weefsel.audit;

import org.jspecify.annotations.Nullable;

/**
 * Narrows the activity feed of the whole network.
 *
 * @param kind  only changes of this kind of record; {@code null} for all
 * @param text  part of the record's label or of the user's name, any case; {@code null} for all
 * @param limit at most this many, newest first
 */
public record HistoryFilter(@Nullable String kind, @Nullable String text, int limit) {

    public static HistoryFilter latest(int limit) {
        return new HistoryFilter(null, null, limit);
    }
}
