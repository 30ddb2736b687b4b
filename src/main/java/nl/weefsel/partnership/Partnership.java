package nl.weefsel.partnership;

import nl.weefsel.base.Audit;
import nl.weefsel.base.Provenance;
import nl.weefsel.base.Validity;
import org.jspecify.annotations.Nullable;

/**
 * A tie between two actors. For directed kinds (funding, commission) {@code fromActorId} gives and
 * {@code toActorId} receives; for the others the order only records who proposed the tie.
 *
 * @param confirmed false while only the proposing side ({@code fromActorId}) asserts the tie
 */
public record Partnership(String id, String fromActorId, String toActorId, TieKind kind, Intensity intensity,
                          boolean writtenAgreement, boolean fixedContactPerson, Validity validity,
                          Provenance provenance, boolean confirmed, @Nullable String note,
                          long version, Audit audit) {

    public boolean isOneSided() {
        return !confirmed;
    }

    public boolean involves(String actorId) {
        return fromActorId.equals(actorId) || toActorId.equals(actorId);
    }
}
