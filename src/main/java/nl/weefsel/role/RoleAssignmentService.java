package nl.weefsel.role;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.weefsel.actor.internal.ActorNode;
import nl.weefsel.actor.internal.ActorRepository;
import nl.weefsel.area.internal.AreaNode;
import nl.weefsel.area.internal.AreaRepository;
import nl.weefsel.base.Checks;
import nl.weefsel.base.CurrentUser;
import nl.weefsel.base.NotFoundException;
import nl.weefsel.base.Provenance;
import nl.weefsel.base.internal.EntityStore;
import nl.weefsel.role.internal.RoleAssignmentNode;
import nl.weefsel.role.internal.RoleAssignmentQueries;
import nl.weefsel.role.internal.RoleAssignmentRepository;
import nl.weefsel.role.internal.RoleNode;
import nl.weefsel.role.internal.RoleRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records who holds which role in which area, on what basis and since when. */
@Service
@Transactional(readOnly = true)
public class RoleAssignmentService {

    static final String KIND = "RoleAssignment";

    private final RoleAssignmentQueries queries;
    private final ActorRepository actors;
    private final RoleRepository roles;
    private final AreaRepository areas;
    private final EntityStore<RoleAssignmentNode, RoleAssignment> store;

    RoleAssignmentService(RoleAssignmentRepository repository, RoleAssignmentQueries queries, ActorRepository actors,
                          RoleRepository roles, AreaRepository areas, ApplicationEventPublisher events) {
        this.queries = queries;
        this.actors = actors;
        this.roles = roles;
        this.areas = areas;
        this.store = new EntityStore<>(KIND, repository, RoleAssignmentNode::toAssignment, events);
    }

    public Optional<RoleAssignment> find(String id) {
        return store.find(id);
    }

    public List<RoleAssignment> list(RoleAssignmentFilter filter) {
        return queries.list(filter);
    }

    @Transactional
    @PreAuthorize("@access.mayAssign(#data)")
    public RoleAssignment assign(RoleAssignmentData data) {
        return assign(null, data, null);
    }

    /**
     * Records an assignment with a chosen id and provenance, as imports and back-ups need;
     * {@code null}s mean a new id and "asserted now by the current user".
     */
    @Transactional
    @PreAuthorize("@access.mayAssign(#data)")
    public RoleAssignment assign(@Nullable String id, RoleAssignmentData data, @Nullable Provenance provenance) {
        RoleAssignmentData valid = validate(data);
        return store.create(new RoleAssignmentNode(id, actor(valid.actorId()), role(valid.roleId()), area(valid.areaId()),
                valid.basis(), valid.validity(), provenance == null ? assertedNow(valid) : provenance, valid.note()));
    }

    @Transactional
    @PreAuthorize("@access.mayEditAssignment(#id, #data)")
    public RoleAssignment update(String id, long expectedVersion, RoleAssignmentData data) {
        RoleAssignmentData valid = validate(data);
        ActorNode actor = actor(valid.actorId());
        RoleNode role = role(valid.roleId());
        AreaNode area = area(valid.areaId());
        return store.update(id, expectedVersion, node -> node.apply(actor, role, area, valid.basis(), valid.validity(),
                assertedNow(valid), valid.note()));
    }

    /** Ends the assignment on {@code day}; it stays in the history. */
    @Transactional
    @PreAuthorize("@access.mayEditAssignment(#id, null)")
    public RoleAssignment end(String id, long expectedVersion, LocalDate day) {
        return store.end(id, expectedVersion, node -> node.endOn(day));
    }

    @Transactional
    @PreAuthorize("@access.mayEditAssignment(#id, null)")
    public void delete(String id) {
        store.delete(id);
    }

    private static Provenance assertedNow(RoleAssignmentData data) {
        return new Provenance(CurrentUser.name(), data.source(), Instant.now());
    }

    private RoleAssignmentData validate(RoleAssignmentData data) {
        return new RoleAssignmentData(Checks.requirePresent("actor", data.actorId()), Checks.requirePresent("role", data.roleId()),
                Checks.requirePresent("area", data.areaId()), Checks.requirePresent("basis", data.basis()),
                Checks.requirePresent("validity", data.validity()), Checks.optionalText("source", data.source(), 500),
                Checks.optionalText("note", data.note(), 2000));
    }

    private ActorNode actor(String id) {
        return actors.findById(id).orElseThrow(() -> new NotFoundException("Actor", id));
    }

    private RoleNode role(String id) {
        return roles.findById(id).orElseThrow(() -> new NotFoundException("Role", id));
    }

    private AreaNode area(String id) {
        return areas.findById(id).orElseThrow(() -> new NotFoundException("Area", id));
    }
}
