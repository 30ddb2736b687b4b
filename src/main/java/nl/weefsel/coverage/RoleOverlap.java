package nl.weefsel.coverage;

import java.util.List;

/**
 * Two actors in one area and the roles both hold there.
 *
 * @param jaccard shared roles divided by the roles either holds, 0 to 1
 */
public record RoleOverlap(ActorRef first, ActorRef second, List<RoleRef> shared, double jaccard) {

    public RoleOverlap {
        shared = List.copyOf(shared);
    }
}
