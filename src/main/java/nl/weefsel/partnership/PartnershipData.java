package nl.weefsel.partnership;

import nl.weefsel.base.Validity;
import org.jspecify.annotations.Nullable;

/** What a user or an import supplies for a tie. */
public record PartnershipData(String fromActorId, String toActorId, TieKind kind, Intensity intensity,
                              boolean writtenAgreement, boolean fixedContactPerson, Validity validity,
                              boolean confirmed, @Nullable String source, @Nullable String note) {

    /** A confirmed collaboration tie without further facts. */
    public static PartnershipData collaboration(String fromActorId, String toActorId, Intensity intensity) {
        return new PartnershipData(fromActorId, toActorId, TieKind.COLLABORATION, intensity, false, false,
                Validity.ALWAYS, true, null, null);
    }
}
