package nl.weefsel.funding.internal;

import java.time.Instant;
import java.time.LocalDate;
import nl.weefsel.base.Provenance;
import nl.weefsel.base.Validity;
import nl.weefsel.base.internal.AuditedNode;
import nl.weefsel.funding.Funding;
import nl.weefsel.funding.FundingInstrument;
import nl.weefsel.funding.RecipientKind;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.schema.Node;

/**
 * A funding tie as a node of its own, {@code (:Funding)-[:FUNDED_BY]->(:Actor)} and
 * {@code -[:FUNDS]->(:Actor|:Initiative)}. The core entities belong to their features, so the two
 * relationships are written by {@link FundingQueries#link} rather than mapped here; the ids are kept
 * as properties too, for the record.
 */
@Node("Funding")
public class FundingNode extends AuditedNode {

    private String funderId;
    private String recipientId;
    private RecipientKind recipientKind;
    private long amountCents;
    private FundingInstrument instrument;
    private @Nullable LocalDate validFrom;
    private @Nullable LocalDate validUntil;
    private String assertedBy;
    private @Nullable String source;
    private Instant assertedAt;
    private @Nullable String note;

    private FundingNode() { // for Spring Data
        super(null);
    }

    public FundingNode(@Nullable String id, Valid data, Provenance provenance) {
        super(id);
        apply(data, provenance);
    }

    /** Checked input: every part present. */
    public record Valid(String funderId, String recipientId, RecipientKind recipientKind, long amountCents,
                        FundingInstrument instrument, Validity validity, @Nullable String note) {
    }

    public void apply(Valid data, Provenance provenance) {
        this.funderId = data.funderId();
        this.recipientId = data.recipientId();
        this.recipientKind = data.recipientKind();
        this.amountCents = data.amountCents();
        this.instrument = data.instrument();
        this.validFrom = data.validity().from();
        this.validUntil = data.validity().until();
        this.assertedBy = provenance.assertedBy();
        this.source = provenance.source();
        this.assertedAt = provenance.assertedAt();
        this.note = data.note();
    }

    public void endOn(LocalDate day) {
        this.validUntil = new Validity(validFrom, day).until();
    }

    public Funding toFunding() {
        return new Funding(getId(), funderId, recipientId, recipientKind, amountCents, instrument,
                new Validity(validFrom, validUntil), new Provenance(assertedBy, source, assertedAt), note, getVersion(), audit());
    }
}
