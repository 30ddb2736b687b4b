package nl.weefsel.initiative;

import java.util.Set;
import nl.weefsel.base.Discipline;
import nl.weefsel.base.TargetGroup;
import nl.weefsel.base.Validity;
import org.jspecify.annotations.Nullable;

public record InitiativeData(String name, @Nullable String description, String areaId, @Nullable String runById,
                             Set<TargetGroup> targetGroups, Set<Discipline> disciplines, InitiativeStatus status,
                             Validity validity) {

    public InitiativeData {
        targetGroups = Set.copyOf(targetGroups);
        disciplines = Set.copyOf(disciplines);
    }
}
