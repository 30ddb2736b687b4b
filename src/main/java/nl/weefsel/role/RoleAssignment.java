package nl.weefsel.role;

import java.time.LocalDate;
import nl.weefsel.base.Audit;
import nl.weefsel.base.Provenance;
import nl.weefsel.base.Validity;
import org.jspecify.annotations.Nullable;

/** Actor {@code actorId} holds role {@code roleId} in area {@code areaId}, on {@code basis}, during {@code validity}. */
public record RoleAssignment(String id, String actorId, String roleId, String areaId, AssignmentBasis basis,
                             Validity validity, Provenance provenance, @Nullable String note,
                             long version, Audit audit) {

    public boolean isCurrentOn(LocalDate day) {
        return validity.isCurrentOn(day);
    }
}
