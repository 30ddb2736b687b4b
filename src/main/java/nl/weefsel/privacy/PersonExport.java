package nl.weefsel.privacy;

import java.util.List;
import java.util.Optional;
import nl.weefsel.actor.Actor;
import nl.weefsel.partnership.Partnership;
import nl.weefsel.role.RoleAssignment;

/** Everything Weefsel holds about one person, for a request under article 15 AVG/GDPR. */
public record PersonExport(Actor person, Optional<PersonalData> personalData, List<RoleAssignment> roles,
                           List<Partnership> ties) {
}
