package nl.weefsel.funding;

import nl.weefsel.base.Audit;
import nl.weefsel.base.Provenance;
import nl.weefsel.base.Validity;
import org.jspecify.annotations.Nullable;

/**
 * Money from a funder to an actor or an initiative for a period.
 *
 * @param amountCents the amount for the whole period, in euro cents, more than 0
 */
public record Funding(String id, String funderId, String recipientId, RecipientKind recipientKind, long amountCents,
                      FundingInstrument instrument, Validity validity, Provenance provenance, @Nullable String note,
                      long version, Audit audit) {

    public boolean involves(String actorOrInitiativeId) {
        return funderId.equals(actorOrInitiativeId) || recipientId.equals(actorOrInitiativeId);
    }
}
