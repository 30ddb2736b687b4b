package nl.weefsel.funding;

import org.jspecify.annotations.Nullable;

/**
 * Money flowing from a funder to a recipient, for drawing in the network view.
 *
 * @param recipientActorId the actor that receives it: the recipient itself, or the actor that runs the
 *                         funded initiative; {@code null} for an initiative that nobody runs
 */
public record FundingFlow(String fundingId, String funderId, String recipientId, RecipientKind recipientKind,
                          @Nullable String recipientActorId, long amountCents, FundingInstrument instrument) {
}
