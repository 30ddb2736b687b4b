package nl.weefsel.funding.ui;

import java.util.List;
import java.util.stream.Stream;
import nl.weefsel.actor.Actor;
import nl.weefsel.funding.RecipientKind;
import nl.weefsel.initiative.Initiative;

/** An actor or an initiative, as one choice in a list of what can be funded. */
record Recipient(String id, String name, RecipientKind kind) {

    static List<Recipient> all(List<Actor> actors, List<Initiative> initiatives) {
        return Stream.concat(actors.stream().map(actor -> new Recipient(actor.id(), actor.name(), RecipientKind.ACTOR)),
                initiatives.stream().map(initiative -> new Recipient(initiative.id(), initiative.name(), RecipientKind.INITIATIVE)))
                .toList();
    }
}
