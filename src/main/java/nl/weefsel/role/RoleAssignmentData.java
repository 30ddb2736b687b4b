package nl.weefsel.role;

import nl.weefsel.base.Validity;
import org.jspecify.annotations.Nullable;

/**
 * What a user or an import supplies for a role assignment.
 *
 * @param source where the fact comes from (a decision, an agreement, an interview); shown with it
 */
public record RoleAssignmentData(String actorId, String roleId, String areaId, AssignmentBasis basis,
                                 Validity validity, @Nullable String source, @Nullable String note) {
}
