package nl.weefsel.coverage;

import nl.weefsel.actor.Actor;
import nl.weefsel.actor.ActorKind;

/** An actor as a finding names it. */
public record ActorRef(String id, String name, ActorKind kind) {

    public static ActorRef of(Actor actor) {
        return new ActorRef(actor.id(), actor.name(), actor.kind());
    }
}
