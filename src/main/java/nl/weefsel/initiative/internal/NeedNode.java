package nl.weefsel.initiative.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.weefsel.actor.internal.ActorNode;
import nl.weefsel.area.internal.AreaNode;
import nl.weefsel.base.Discipline;
import nl.weefsel.base.TargetGroup;
import nl.weefsel.base.internal.AuditedNode;
import nl.weefsel.initiative.Need;
import nl.weefsel.initiative.NeedData;
import nl.weefsel.initiative.NeedStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.schema.Node;
import org.springframework.data.neo4j.core.schema.Relationship;

/** {@code (:Need)-[:IN_AREA]->(:Area)}, answered by {@code -[:ANSWERED_BY]->(:Initiative)} or {@code (:Actor)}. */
@Node("Need")
public class NeedNode extends AuditedNode {

    private String title;
    private @Nullable String description;
    private Set<TargetGroup> targetGroups = new HashSet<>();
    private Set<Discipline> disciplines = new HashSet<>();
    private NeedStatus status;
    private @Nullable LocalDate heardOn;

    @Relationship(type = "IN_AREA", cascadeUpdates = false)
    private AreaNode area;

    @Relationship(type = "ANSWERED_BY", cascadeUpdates = false)
    private List<InitiativeNode> answeringInitiatives = new ArrayList<>();

    @Relationship(type = "ANSWERED_BY_ACTOR", cascadeUpdates = false)
    private List<ActorNode> answeringActors = new ArrayList<>();

    private NeedNode() { // for Spring Data
        super(null);
    }

    public NeedNode(@Nullable String id, NeedData data, AreaNode area, List<InitiativeNode> initiatives, List<ActorNode> actors) {
        super(id);
        apply(data, area, initiatives, actors);
    }

    public void apply(NeedData data, AreaNode area, List<InitiativeNode> initiatives, List<ActorNode> actors) {
        this.title = data.title();
        this.description = data.description();
        this.targetGroups = new HashSet<>(data.targetGroups());
        this.disciplines = new HashSet<>(data.disciplines());
        this.status = data.status();
        this.heardOn = data.heardOn();
        this.area = area;
        this.answeringInitiatives = new ArrayList<>(initiatives);
        this.answeringActors = new ArrayList<>(actors);
    }

    public Need toNeed() {
        return new Need(getId(), title, description, area.getId(), targetGroups, disciplines, status, heardOn,
                answeringInitiatives.stream().map(InitiativeNode::getId).collect(Collectors.toSet()),
                answeringActors.stream().map(ActorNode::getId).collect(Collectors.toSet()),
                getVersion(), audit());
    }
}
