package nl.weefsel.actor;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Narrows an actor list.
 *
 * @param text   part of the name, any case; {@code null} for all
 * @param kinds  kinds to keep; empty for all
 * @param areaId keep actors located or active in this area or in an area inside it
 */
public record ActorFilter(@Nullable String text, Set<ActorKind> kinds, @Nullable String areaId) {

    public static final ActorFilter ALL = new ActorFilter(null, Set.of(), null);

    public ActorFilter {
        kinds = Set.copyOf(kinds);
    }
}
