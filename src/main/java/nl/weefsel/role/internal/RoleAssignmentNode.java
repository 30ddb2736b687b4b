package nl.weefsel.role.internal;

import java.time.Instant;
import java.time.LocalDate;
import nl.weefsel.actor.internal.ActorNode;
import nl.weefsel.area.internal.AreaNode;
import nl.weefsel.base.Provenance;
import nl.weefsel.base.Validity;
import nl.weefsel.base.internal.AuditedNode;
import nl.weefsel.role.AssignmentBasis;
import nl.weefsel.role.RoleAssignment;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.schema.Node;
import org.springframework.data.neo4j.core.schema.Relationship;

/**
 * A role assignment is a node of its own, {@code (:RoleAssignment)-[:HELD_BY]->(:Actor)},
 * {@code -[:OF_ROLE]->(:Role)}, {@code -[:IN_AREA]->(:Area)}: it links three things and carries a
 * version, a validity and its provenance, which a relationship could not do as well.
 */
@Node("RoleAssignment")
public class RoleAssignmentNode extends AuditedNode {

    private AssignmentBasis basis;
    private @Nullable LocalDate validFrom;
    private @Nullable LocalDate validUntil;
    private String assertedBy;
    private @Nullable String source;
    private Instant assertedAt;
    private @Nullable String note;

    @Relationship(type = "HELD_BY", cascadeUpdates = false)
    private ActorNode actor;

    @Relationship(type = "OF_ROLE", cascadeUpdates = false)
    private RoleNode role;

    @Relationship(type = "IN_AREA", cascadeUpdates = false)
    private AreaNode area;

    private RoleAssignmentNode() { // for Spring Data
        super(null);
    }

    public RoleAssignmentNode(@Nullable String id, ActorNode actor, RoleNode role, AreaNode area, AssignmentBasis basis,
                              Validity validity, Provenance provenance, @Nullable String note) {
        super(id);
        apply(actor, role, area, basis, validity, provenance, note);
    }

    public void apply(ActorNode actor, RoleNode role, AreaNode area, AssignmentBasis basis, Validity validity,
                      Provenance provenance, @Nullable String note) {
        this.actor = actor;
        this.role = role;
        this.area = area;
        this.basis = basis;
        this.validFrom = validity.from();
        this.validUntil = validity.until();
        this.assertedBy = provenance.assertedBy();
        this.source = provenance.source();
        this.assertedAt = provenance.assertedAt();
        this.note = note;
    }

    public void endOn(LocalDate day) {
        this.validUntil = new Validity(validFrom, day).until();
    }

    public RoleAssignment toAssignment() {
        return new RoleAssignment(getId(), actor.getId(), role.getId(), area.getId(), basis,
                new Validity(validFrom, validUntil), new Provenance(assertedBy, source, assertedAt), note,
                getVersion(), audit());
    }
}
