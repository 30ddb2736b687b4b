package nl.weefsel.role;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Narrows a list of role assignments; every {@code null} means "any".
 *
 * @param areaId   assignments in this area or in an area inside it
 * @param currentOn only assignments valid on this day
 */
public record RoleAssignmentFilter(@Nullable String actorId, @Nullable String roleId, @Nullable String areaId,
                                   @Nullable LocalDate currentOn) {

    public static final RoleAssignmentFilter ALL = new RoleAssignmentFilter(null, null, null, null);

    public static RoleAssignmentFilter ofActor(String actorId) {
        return new RoleAssignmentFilter(actorId, null, null, null);
    }
}
