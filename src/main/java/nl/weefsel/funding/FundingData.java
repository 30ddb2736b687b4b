package nl.weefsel.funding;

import nl.weefsel.base.Validity;
import org.jspecify.annotations.Nullable;

/** What a user or an import supplies for a funding tie; the service checks it. */
public record FundingData(@Nullable String funderId, @Nullable String recipientId, @Nullable RecipientKind recipientKind,
                          @Nullable Long amountCents, @Nullable FundingInstrument instrument, @Nullable Validity validity,
                          @Nullable String source, @Nullable String note) {

    public static FundingData of(Funding funding) {
        return new FundingData(funding.funderId(), funding.recipientId(), funding.recipientKind(), funding.amountCents(),
                funding.instrument(), funding.validity(), funding.provenance().source(), funding.note());
    }
}
