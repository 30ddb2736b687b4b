package nl.weefsel.actor.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.weefsel.actor.Actor;
import nl.weefsel.actor.ActorData;
import nl.weefsel.actor.ActorKind;
import nl.weefsel.actor.SchoolType;
import nl.weefsel.area.internal.AreaNode;
import nl.weefsel.base.Discipline;
import nl.weefsel.base.TargetGroup;
import nl.weefsel.base.internal.AuditedNode;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.schema.Node;
import org.springframework.data.neo4j.core.schema.Relationship;

/**
 * An actor node: {@code (:Actor)-[:LOCATED_IN]->(:Area)}, {@code -[:ACTIVE_IN]->(:Area)} and, for a
 * person, {@code -[:MEMBER_OF]->(:Actor)}. Related nodes are only linked, never updated from here.
 */
@Node("Actor")
public class ActorNode extends AuditedNode {

    private String name;
    private ActorKind kind;
    private @Nullable SchoolType schoolType;
    private @Nullable String description;
    private @Nullable String website;
    private @Nullable String kvkNumber;
    private Set<Discipline> disciplines = new HashSet<>();
    private Set<TargetGroup> targetGroups = new HashSet<>();

    @Relationship(type = "LOCATED_IN", cascadeUpdates = false)
    private @Nullable AreaNode locatedIn;

    @Relationship(type = "ACTIVE_IN", cascadeUpdates = false)
    private List<AreaNode> activeIn = new ArrayList<>();

    @Relationship(type = "MEMBER_OF", cascadeUpdates = false)
    private @Nullable ActorNode affiliation;

    private ActorNode() { // for Spring Data
        super(null);
    }

    public ActorNode(@Nullable String id, String name, ActorKind kind) {
        super(id);
        this.name = name;
        this.kind = kind;
    }

    public void apply(ActorData data, @Nullable AreaNode locatedIn, List<AreaNode> activeIn, @Nullable ActorNode affiliation) {
        this.name = data.name();
        this.kind = data.kind();
        this.schoolType = data.schoolType();
        this.description = data.description();
        this.website = data.website();
        this.kvkNumber = data.kvkNumber();
        this.disciplines = new HashSet<>(data.disciplines());
        this.targetGroups = new HashSet<>(data.targetGroups());
        this.locatedIn = locatedIn;
        this.activeIn = new ArrayList<>(activeIn);
        this.affiliation = affiliation;
    }

    public String getName() {
        return name;
    }

    public ActorKind getKind() {
        return kind;
    }

    public Actor toActor() {
        return new Actor(getId(), name, kind, schoolType, description, website, kvkNumber,
                locatedIn == null ? null : locatedIn.getId(),
                activeIn.stream().map(AreaNode::getId).collect(Collectors.toSet()),
                affiliation == null ? null : affiliation.getId(),
                disciplines.isEmpty() ? EnumSet.noneOf(Discipline.class) : EnumSet.copyOf(disciplines),
                targetGroups.isEmpty() ? EnumSet.noneOf(TargetGroup.class) : EnumSet.copyOf(targetGroups),
                getVersion(), audit());
    }
}
