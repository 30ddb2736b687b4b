package nl.weefsel.network;

import nl.weefsel.partnership.Intensity;
import nl.weefsel.partnership.TieKind;
import org.jspecify.annotations.Nullable;

/**
 * An edge of a network snapshot: a tie between two actors, or a person's affiliation with their
 * organisation (then {@code kind} and {@code intensity} are null).
 */
public record NetworkEdge(String id, String sourceId, String targetId, @Nullable TieKind kind,
                          @Nullable Intensity intensity, boolean confirmed) {

    public boolean isAffiliation() {
        return kind == null;
    }
}
