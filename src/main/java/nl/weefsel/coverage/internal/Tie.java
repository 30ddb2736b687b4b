package nl.weefsel.coverage.internal;

import nl.weefsel.partnership.TieKind;
import org.jspecify.annotations.Nullable;

/**
 * An undirected link between two actors in the coverage network: a current partnership, or a
 * person's affiliation with their organisation ({@code kind} null, id {@code member-<personId>}).
 */
public record Tie(String id, String firstId, String secondId, @Nullable TieKind kind) {

    static Tie affiliation(String personId, String organisationId) {
        return new Tie("member-" + personId, personId, organisationId, null);
    }

    public String other(String actorId) {
        return firstId.equals(actorId) ? secondId : firstId;
    }
}
