package nl.weefsel.initiative;

import java.time.LocalDate;
import java.util.Set;
import nl.weefsel.base.Audit;
import nl.weefsel.base.Discipline;
import nl.weefsel.base.TargetGroup;
import org.jspecify.annotations.Nullable;

/**
 * Demand heard in an area: what residents ask for, who they are, and what answers it.
 *
 * @param heardOn                  when the scout heard it
 * @param answeredByInitiativeIds  initiatives that answer the need
 * @param answeredByActorIds       actors that answer the need directly
 */
public record Need(String id, String title, @Nullable String description, String areaId,
                   Set<TargetGroup> targetGroups, Set<Discipline> disciplines, NeedStatus status,
                   @Nullable LocalDate heardOn, Set<String> answeredByInitiativeIds, Set<String> answeredByActorIds,
                   long version, Audit audit) {

    public Need {
        targetGroups = Set.copyOf(targetGroups);
        disciplines = Set.copyOf(disciplines);
        answeredByInitiativeIds = Set.copyOf(answeredByInitiativeIds);
        answeredByActorIds = Set.copyOf(answeredByActorIds);
    }

    /** Open, and nothing answers it: the sharpest kind of white spot. */
    public boolean isUnanswered() {
        return status == NeedStatus.OPEN && answeredByInitiativeIds.isEmpty() && answeredByActorIds.isEmpty();
    }
}
