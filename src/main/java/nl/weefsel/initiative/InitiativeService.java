package nl.weefsel.initiative;

import java.time.LocalDate;
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
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the local initiatives scouts and coordinators register. */
@Service
@Transactional(readOnly = true)
public class InitiativeService {

    static final String KIND = "Initiative";

    private final InitiativeQueries queries;
    private final AreaRepository areas;
    private final ActorRepository actors;
    private final EntityStore<InitiativeNode, Initiative> store;

    InitiativeService(InitiativeRepository repository, InitiativeQueries queries, AreaRepository areas,
                      ActorRepository actors, ApplicationEventPublisher events) {
        this.queries = queries;
        this.areas = areas;
        this.actors = actors;
        this.store = new EntityStore<>(KIND, repository, InitiativeNode::toInitiative, events);
    }

    public Optional<Initiative> find(String id) {
        return store.find(id);
    }

    /** Initiatives in the area and the areas inside it; all initiatives when {@code areaId} is null. */
    public List<Initiative> list(@Nullable String areaId) {
        return queries.initiatives(areaId);
    }

    @Transactional
    @PreAuthorize("@access.mayRegisterIn(#data.areaId())")
    public Initiative register(InitiativeData data) {
        return register(null, data);
    }

    @Transactional
    @PreAuthorize("@access.mayRegisterIn(#data.areaId())")
    public Initiative register(@Nullable String id, InitiativeData data) {
        InitiativeData valid = validate(data);
        return store.create(new InitiativeNode(id, valid, area(valid.areaId()), runner(valid.runById())));
    }

    @Transactional
    @PreAuthorize("@access.mayEditInitiative(#id, #data)")
    public Initiative update(String id, long expectedVersion, InitiativeData data) {
        InitiativeData valid = validate(data);
        AreaNode area = area(valid.areaId());
        ActorNode runner = runner(valid.runById());
        return store.update(id, expectedVersion, node -> node.apply(valid, area, runner));
    }

    @Transactional
    @PreAuthorize("@access.mayEditInitiative(#id, null)")
    public Initiative end(String id, long expectedVersion, LocalDate day) {
        return store.end(id, expectedVersion, node -> node.endOn(day));
    }

    @Transactional
    @PreAuthorize("@access.mayEditInitiative(#id, null)")
    public void delete(String id) {
        store.delete(id);
    }

    private InitiativeData validate(InitiativeData data) {
        return new InitiativeData(Checks.requireText("name", data.name(), 200),
                Checks.optionalText("description", data.description(), 4000), Checks.requirePresent("area", data.areaId()),
                data.runById(), data.targetGroups(), data.disciplines(), Checks.requirePresent("status", data.status()),
                Checks.requirePresent("validity", data.validity()));
    }

    private AreaNode area(String id) {
        return areas.findById(id).orElseThrow(() -> new NotFoundException("Area", id));
    }

    private @Nullable ActorNode runner(@Nullable String id) {
        return id == null ? null : actors.findById(id).orElseThrow(() -> new NotFoundException("Actor", id));
    }
}
