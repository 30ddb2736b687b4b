package nl.weefsel.coverage;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Who holds which role in one area (role × actor), counting assignments made for the areas it
 * lies in, with the overlap of the actors' role sets.
 *
 * @param actors  every actor holding at least one role here, by name
 * @param overlaps pairs of actors sharing at least one role, most shared first
 */
public record RoleMatrix(AreaRef area, List<Row> rows, List<ActorRef> actors, List<RoleOverlap> overlaps) {

    public RoleMatrix {
        rows = List.copyOf(rows);
        actors = List.copyOf(actors);
        overlaps = List.copyOf(overlaps);
    }

    /** One role: its holders here and, when more than one, how hard they collide. */
    public record Row(RoleRef role, List<Holder> holders, @Nullable GreyZoneSeverity severity) {

        public Row {
            holders = List.copyOf(holders);
        }

        public Optional<Holder> holder(String actorId) {
            return holders.stream().filter(holder -> holder.actor().id().equals(actorId)).findFirst();
        }
    }
}
