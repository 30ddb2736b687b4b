package nl.weefsel.coverage;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A place where the network hangs on one actor or one tie.
 *
 * @param actor      the articulation point, the school, the organisation with one known face, or the constrained
 *                   actor; for a bridge, one end
 * @param other      for a bridge the other end, for a single link the one actor it runs to, for a fixed contact
 *                   without back-up the other party of the tie
 * @param tieId      the tie behind a bridge, single link or fixed contact: a partnership id, or
 *                   {@code member-<personId>} for a person's affiliation with their organisation
 * @param cutOff     the actors cut off from the rest when it disappears (the school itself for school risks,
 *                   nobody for a fixed contact without back-up or a closed circle)
 * @param constraint Burt's constraint, for {@link ContinuityRiskKind#HIGH_CONSTRAINT}
 * @param areaIds    the areas the actors involved are located or active in
 */
public record ContinuityRisk(ContinuityRiskKind kind, ActorRef actor, @Nullable ActorRef other, @Nullable String tieId,
                             List<ActorRef> cutOff, @Nullable Double constraint, List<String> areaIds) {

    public ContinuityRisk {
        cutOff = List.copyOf(cutOff);
        areaIds = List.copyOf(areaIds);
    }
}
