package nl.weefsel.actor;

import java.util.Set;
import nl.weefsel.base.Discipline;
import nl.weefsel.base.TargetGroup;
import org.jspecify.annotations.Nullable;

/** What a user or an import supplies to create or change an actor. */
public record ActorData(String name, ActorKind kind, @Nullable SchoolType schoolType,
                        @Nullable String description, @Nullable String website, @Nullable String kvkNumber,
                        @Nullable String locatedInId, Set<String> activeInIds, @Nullable String affiliationId,
                        Set<Discipline> disciplines, Set<TargetGroup> targetGroups) {

    public ActorData {
        activeInIds = Set.copyOf(activeInIds);
        disciplines = Set.copyOf(disciplines);
        targetGroups = Set.copyOf(targetGroups);
    }

    /** The smallest valid actor: a name, a kind and where it is. */
    public static ActorData of(String name, ActorKind kind, @Nullable String locatedInId) {
        return new ActorData(name, kind, null, null, null, null, locatedInId, Set.of(), null, Set.of(), Set.of());
    }

    public static ActorData from(Actor actor) {
        return new ActorData(actor.name(), actor.kind(), actor.schoolType(), actor.description(), actor.website(),
                actor.kvkNumber(), actor.locatedInId(), actor.activeInIds(), actor.affiliationId(),
                actor.disciplines(), actor.targetGroups());
    }
}
