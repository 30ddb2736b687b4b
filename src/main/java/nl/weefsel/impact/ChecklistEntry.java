package nl.weefsel.impact;

import org.jspecify.annotations.Nullable;

/**
 * One question of the checklist with its answer.
 *
 * @param source for a derived answer: where the network says so (e.g. the tie's facts); {@code null} when answered by hand
 */
public record ChecklistEntry(ChecklistItem item, CheckStatus status, @Nullable String source) {

    public boolean derived() {
        return source != null;
    }
}
