package nl.weefsel.initiative.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import nl.weefsel.actor.internal.ActorNode;
import nl.weefsel.area.internal.AreaNode;
import nl.weefsel.base.Discipline;
import nl.weefsel.base.TargetGroup;
import nl.weefsel.base.Validity;
import nl.weefsel.base.internal.AuditedNode;
import nl.weefsel.initiative.Initiative;
import nl.weefsel.initiative.InitiativeData;
import nl.weefsel.initiative.InitiativeStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.schema.Node;
import org.springframework.data.neo4j.core.schema.Relationship;

/** {@code (:Initiative)-[:IN_AREA]->(:Area)}, optionally {@code -[:RUN_BY]->(:Actor)}. */
@Node("Initiative")
public class InitiativeNode extends AuditedNode {

    private String name;
    private @Nullable String description;
    private Set<TargetGroup> targetGroups = new HashSet<>();
    private Set<Discipline> disciplines = new HashSet<>();
    private InitiativeStatus status;
    private @Nullable LocalDate validFrom;
    private @Nullable LocalDate validUntil;

    @Relationship(type = "IN_AREA", cascadeUpdates = false)
    private AreaNode area;

    @Relationship(type = "RUN_BY", cascadeUpdates = false)
    private @Nullable ActorNode runBy;

    private InitiativeNode() { // for Spring Data
        super(null);
    }

    public InitiativeNode(@Nullable String id, InitiativeData data, AreaNode area, @Nullable ActorNode runBy) {
        super(id);
        apply(data, area, runBy);
    }

    public void apply(InitiativeData data, AreaNode area, @Nullable ActorNode runBy) {
        this.name = data.name();
        this.description = data.description();
        this.targetGroups = new HashSet<>(data.targetGroups());
        this.disciplines = new HashSet<>(data.disciplines());
        this.status = data.status();
        this.validFrom = data.validity().from();
        this.validUntil = data.validity().until();
        this.area = area;
        this.runBy = runBy;
    }

    public void endOn(LocalDate day) {
        this.validUntil = new Validity(validFrom, day).until();
        this.status = InitiativeStatus.ENDED;
    }

    public Initiative toInitiative() {
        return new Initiative(getId(), name, description, area.getId(), runBy == null ? null : runBy.getId(),
                targetGroups, disciplines, status, new Validity(validFrom, validUntil), getVersion(), audit());
    }
}
