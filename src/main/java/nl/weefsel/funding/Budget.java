package nl.weefsel.funding;

import nl.weefsel.base.Audit;
import org.jspecify.annotations.Nullable;

/** What an initiative costs in total, in euro cents; its financing mix is measured against it. */
public record Budget(String id, String initiativeId, long amountCents, @Nullable String note, long version, Audit audit) {
}
