package nl.weefsel.partnership.internal;

import java.time.Instant;
import java.time.LocalDate;
import nl.weefsel.actor.internal.ActorNode;
import nl.weefsel.base.Provenance;
import nl.weefsel.base.Validity;
import nl.weefsel.base.internal.AuditedNode;
import nl.weefsel.partnership.Intensity;
import nl.weefsel.partnership.Partnership;
import nl.weefsel.partnership.PartnershipData;
import nl.weefsel.partnership.TieKind;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.schema.Node;
import org.springframework.data.neo4j.core.schema.Relationship;

/**
 * A tie as a node of its own, {@code (:Partnership)-[:FROM_ACTOR]->(:Actor)} and
 * {@code -[:TO_ACTOR]->(:Actor)}, so that it can carry a version, a validity and its provenance.
 */
@Node("Partnership")
public class PartnershipNode extends AuditedNode {

    private TieKind kind;
    private Intensity intensity;
    private boolean writtenAgreement;
    private boolean fixedContactPerson;
    private @Nullable LocalDate validFrom;
    private @Nullable LocalDate validUntil;
    private boolean confirmed;
    private String assertedBy;
    private @Nullable String source;
    private Instant assertedAt;
    private @Nullable String note;

    @Relationship(type = "FROM_ACTOR", cascadeUpdates = false)
    private ActorNode fromActor;

    @Relationship(type = "TO_ACTOR", cascadeUpdates = false)
    private ActorNode toActor;

    private PartnershipNode() { // for Spring Data
        super(null);
    }

    public PartnershipNode(@Nullable String id, ActorNode fromActor, ActorNode toActor, PartnershipData data, Provenance provenance) {
        super(id);
        apply(fromActor, toActor, data, provenance);
    }

    public void apply(ActorNode fromActor, ActorNode toActor, PartnershipData data, Provenance provenance) {
        this.fromActor = fromActor;
        this.toActor = toActor;
        this.kind = data.kind();
        this.intensity = data.intensity();
        this.writtenAgreement = data.writtenAgreement();
        this.fixedContactPerson = data.fixedContactPerson();
        this.validFrom = data.validity().from();
        this.validUntil = data.validity().until();
        this.confirmed = data.confirmed();
        this.assertedBy = provenance.assertedBy();
        this.source = provenance.source();
        this.assertedAt = provenance.assertedAt();
        this.note = data.note();
    }

    public void confirm() {
        this.confirmed = true;
    }

    public void endOn(LocalDate day) {
        this.validUntil = new Validity(validFrom, day).until();
    }

    public Partnership toPartnership() {
        return new Partnership(getId(), fromActor.getId(), toActor.getId(), kind, intensity, writtenAgreement,
                fixedContactPerson, new Validity(validFrom, validUntil), new Provenance(assertedBy, source, assertedAt),
                confirmed, note, getVersion(), audit());
    }
}
