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

    private static final String MONEY = "money-";

    /** A funding tie drawn over the network on request: money from a funder to a recipient. */
    public static NetworkEdge money(String fundingId, String funderId, String recipientId) {
        return new NetworkEdge(MONEY + fundingId, funderId, recipientId, TieKind.FUNDING, null, true);
    }

    public boolean isAffiliation() {
        return kind == null;
    }

    /** Whether this edge is a flow of money ({@link #money}) rather than a tie of the network. */
    public boolean isMoney() {
        return id.startsWith(MONEY);
    }
}
