package nl.weefsel.network;

import nl.weefsel.actor.ActorKind;
import org.jspecify.annotations.Nullable;

/** An actor in a network snapshot, with its degree in that snapshot. */
public record NetworkNode(String id, String label, ActorKind kind, @Nullable String locatedInId, int degree) {
}
