package nl.weefsel.initiative;

import java.util.Set;
import nl.weefsel.base.Audit;
import nl.weefsel.base.Discipline;
import nl.weefsel.base.TargetGroup;
import nl.weefsel.base.Validity;
import org.jspecify.annotations.Nullable;

/** A local initiative: part of the offer in an area, possibly run by an actor. */
public record Initiative(String id, String name, @Nullable String description, String areaId, @Nullable String runById,
                         Set<TargetGroup> targetGroups, Set<Discipline> disciplines, InitiativeStatus status,
                         Validity validity, long version, Audit audit) {

    public Initiative {
        targetGroups = Set.copyOf(targetGroups);
        disciplines = Set.copyOf(disciplines);
    }
}
