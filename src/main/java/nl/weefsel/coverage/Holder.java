package nl.weefsel.coverage;

import nl.weefsel.base.Validity;
import nl.weefsel.role.AssignmentBasis;
import org.jspecify.annotations.Nullable;

/**
 * One actor holding a role in an area: through its strongest current assignment, which may have
 * been made in an area the area lies in (then {@link #inherited()}).
 *
 * @param assignedIn   the area the assignment was made for
 * @param assignmentId the role assignment record behind it
 */
public record Holder(ActorRef actor, AssignmentBasis basis, AreaRef assignedIn, boolean inherited,
                     Validity validity, String assignmentId, @Nullable String source) {
}
