package nl.weefsel.initiative;

import java.time.LocalDate;
import java.util.Set;
import nl.weefsel.base.Discipline;
import nl.weefsel.base.TargetGroup;
import org.jspecify.annotations.Nullable;

public record NeedData(String title, @Nullable String description, String areaId,
                       Set<TargetGroup> targetGroups, Set<Discipline> disciplines, NeedStatus status,
                       @Nullable LocalDate heardOn, Set<String> answeredByInitiativeIds, Set<String> answeredByActorIds) {

    public NeedData {
        targetGroups = Set.copyOf(targetGroups);
        disciplines = Set.copyOf(disciplines);
        answeredByInitiativeIds = Set.copyOf(answeredByInitiativeIds);
        answeredByActorIds = Set.copyOf(answeredByActorIds);
    }

    /** A newly heard, open need. */
    public static NeedData heard(String title, String areaId, Set<TargetGroup> targetGroups, Set<Discipline> disciplines,
                                 LocalDate heardOn) {
        return new NeedData(title, null, areaId, targetGroups, disciplines, NeedStatus.OPEN, heardOn, Set.of(), Set.of());
    }
}
