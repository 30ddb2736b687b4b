package nl.weefsel.initiative;

import java.util.List;
import java.util.Optional;
import nl.weefsel.actor.internal.ActorNode;
import nl.weefsel.actor.internal.ActorRepository;
import nl.weefsel.area.internal.AreaNode;
import nl.weefsel.area.internal.AreaRepository;
import nl.weefsel.base.Checks;
import nl.weefsel.base.NotFoundException;
import nl.weefsel.base.internal.EntityStore;
import nl.weefsel.initiative.internal.InitiativeNode;
import nl.weefsel.initiative.internal.InitiativeQueries;
import nl.weefsel.initiative.internal.InitiativeRepository;
import nl.weefsel.initiative.internal.NeedNode;
import nl.weefsel.initiative.internal.NeedRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the needs heard in the neighbourhoods and what answers them. */
@Service
@Transactional(readOnly = true)
public class NeedService {

    static final String KIND = "Need";

    private final InitiativeQueries queries;
    private final AreaRepository areas;
    private final InitiativeRepository initiatives;
    private final ActorRepository actors;
    private final EntityStore<NeedNode, Need> store;

    NeedService(NeedRepository repository, InitiativeQueries queries, AreaRepository areas,
                InitiativeRepository initiatives, ActorRepository actors, ApplicationEventPublisher events) {
        this.queries = queries;
        this.areas = areas;
        this.initiatives = initiatives;
        this.actors = actors;
        this.store = new EntityStore<>(KIND, repository, NeedNode::toNeed, events);
    }

    public Optional<Need> find(String id) {
        return store.find(id);
    }

    /** Needs in the area and the areas inside it; all needs when {@code areaId} is null. */
    public List<Need> list(@Nullable String areaId) {
        return queries.needs(areaId);
    }

    @Transactional
    @PreAuthorize("@access.mayRegisterIn(#data.areaId())")
    public Need register(NeedData data) {
        return register(null, data);
    }

    @Transactional
    @PreAuthorize("@access.mayRegisterIn(#data.areaId())")
    public Need register(@Nullable String id, NeedData data) {
        NeedData valid = validate(data);
        return store.create(new NeedNode(id, valid, area(valid.areaId()), answeringInitiatives(valid), answeringActors(valid)));
    }

    @Transactional
    @PreAuthorize("@access.mayEditNeed(#id, #data)")
    public Need update(String id, long expectedVersion, NeedData data) {
        NeedData valid = validate(data);
        AreaNode area = area(valid.areaId());
        List<InitiativeNode> byInitiatives = answeringInitiatives(valid);
        List<ActorNode> byActors = answeringActors(valid);
        return store.update(id, expectedVersion, node -> node.apply(valid, area, byInitiatives, byActors));
    }

    @Transactional
    @PreAuthorize("@access.mayEditNeed(#id, null)")
    public void delete(String id) {
        store.delete(id);
    }

    private NeedData validate(NeedData data) {
        return new NeedData(Checks.requireText("title", data.title(), 200),
                Checks.optionalText("description", data.description(), 4000), Checks.requirePresent("area", data.areaId()),
                data.targetGroups(), data.disciplines(), Checks.requirePresent("status", data.status()), data.heardOn(),
                data.answeredByInitiativeIds(), data.answeredByActorIds());
    }

    private AreaNode area(String id) {
        return areas.findById(id).orElseThrow(() -> new NotFoundException("Area", id));
    }

    private List<InitiativeNode> answeringInitiatives(NeedData data) {
        return data.answeredByInitiativeIds().stream()
                .map(id -> initiatives.findById(id).orElseThrow(() -> new NotFoundException("Initiative", id)))
                .toList();
    }

    private List<ActorNode> answeringActors(NeedData data) {
        return data.answeredByActorIds().stream()
                .map(id -> actors.findById(id).orElseThrow(() -> new NotFoundException("Actor", id)))
                .toList();
    }
}
