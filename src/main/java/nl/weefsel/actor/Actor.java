package nl.weefsel.actor;

import java.util.Set;
import nl.weefsel.base.Audit;
import nl.weefsel.base.Discipline;
import nl.weefsel.base.TargetGroup;
import org.jspecify.annotations.Nullable;

/**
 * An actor as the rest of Weefsel sees it.
 *
 * @param schoolType     set for schools only
 * @param kvkNumber      chamber-of-commerce number, used to recognise duplicates
 * @param locatedInId    the area of its address
 * @param activeInIds    areas where it works, besides where it is located
 * @param affiliationId  for a person: the organisation they work for
 * @param disciplines    what it offers
 * @param targetGroups   whom it serves
 */
public record Actor(String id, String name, ActorKind kind, @Nullable SchoolType schoolType,
                    @Nullable String description, @Nullable String website, @Nullable String kvkNumber,
                    @Nullable String locatedInId, Set<String> activeInIds, @Nullable String affiliationId,
                    Set<Discipline> disciplines, Set<TargetGroup> targetGroups,
                    long version, Audit audit) {

    public Actor {
        activeInIds = Set.copyOf(activeInIds);
        disciplines = Set.copyOf(disciplines);
        targetGroups = Set.copyOf(targetGroups);
    }
}
