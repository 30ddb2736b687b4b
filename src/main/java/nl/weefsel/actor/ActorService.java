package nl.weefsel.actor;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.weefsel.actor.internal.ActorNode;
import nl.weefsel.actor.internal.ActorQueries;
import nl.weefsel.actor.internal.ActorRepository;
import nl.weefsel.area.internal.AreaNode;
import nl.weefsel.area.internal.AreaRepository;
import nl.weefsel.base.Checks;
import nl.weefsel.base.InvalidInputException;
import nl.weefsel.base.NotFoundException;
import nl.weefsel.base.internal.EntityStore;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the actors of the ecosystem and where they are located and active. */
@Service
@Transactional(readOnly = true)
public class ActorService {

    static final String KIND = "Actor";
    private static final Pattern KVK = Pattern.compile("\\d{8}");

    private final ActorQueries queries;
    private final AreaRepository areas;
    private final EntityStore<ActorNode, Actor> store;

    ActorService(ActorRepository repository, ActorQueries queries, AreaRepository areas, ApplicationEventPublisher events) {
        this.queries = queries;
        this.areas = areas;
        this.store = new EntityStore<>(KIND, repository, ActorNode::toActor, events);
    }

    public Optional<Actor> find(String id) {
        return store.find(id);
    }

    public List<Actor> list(ActorFilter filter) {
        return queries.list(filter);
    }

    public List<Actor> byIds(Collection<String> ids) {
        return queries.byIds(ids);
    }

    public long count() {
        return queries.count();
    }

    @Transactional
    @PreAuthorize("@access.mayCreateActor(#data)")
    public Actor create(ActorData data) {
        return create(null, data);
    }

    /** Creates an actor with a chosen id, as imports, back-ups and the demo data need stable ids. */
    @Transactional
    @PreAuthorize("@access.mayCreateActor(#data)")
    public Actor create(@Nullable String id, ActorData data) {
        ActorData valid = validate(data, id);
        ActorNode node = new ActorNode(id, valid.name(), valid.kind());
        applyTo(node, valid);
        return store.create(node);
    }

    @Transactional
    @PreAuthorize("@access.mayEditActor(#id, #data)")
    public Actor update(String id, long expectedVersion, ActorData data) {
        ActorData valid = validate(data, id);
        return store.update(id, expectedVersion, node -> applyTo(node, valid));
    }

    /** Deletes an actor that no role assignment, tie or person refers to any more. */
    @Transactional
    @PreAuthorize("@access.mayDeleteActor(#id)")
    public void delete(String id) {
        Actor actor = store.load(id).toActor();
        if (queries.isReferenced(id)) {
            throw new InvalidInputException("actor", actor.name()
                    + " still holds roles, has ties or people; end or delete those first");
        }
        store.delete(id);
    }

    private void applyTo(ActorNode node, ActorData data) {
        node.apply(data, data.locatedInId() == null ? null : area(data.locatedInId()),
                data.activeInIds().stream().map(this::area).toList(),
                data.affiliationId() == null ? null : store.load(data.affiliationId()));
    }

    private AreaNode area(String id) {
        return areas.findById(id).orElseThrow(() -> new NotFoundException("Area", id));
    }

    private ActorData validate(ActorData data, @Nullable String id) {
        String name = Checks.requireText("name", data.name(), 200);
        ActorKind kind = Checks.requirePresent("kind", data.kind());
        if (data.schoolType() != null && !kind.isSchool()) {
            throw new InvalidInputException("schoolType", "only a school has a school type");
        }
        String kvk = Checks.optionalText("kvkNumber", data.kvkNumber(), 8);
        Checks.requireMatches("kvkNumber", kvk, KVK, "a KvK number of 8 digits");
        String website = Checks.optionalText("website", data.website(), 300);
        if (website != null && !website.matches("(?i)https?://\\S+")) {
            throw new InvalidInputException("website", "'" + website + "' is not a web address starting with http:// or https://");
        }
        if (data.affiliationId() != null) {
            if (kind != ActorKind.PERSON) {
                throw new InvalidInputException("affiliation", "only a person works for an organisation");
            }
            if (data.affiliationId().equals(id)) {
                throw new InvalidInputException("affiliation", "a person cannot work for themselves");
            }
        }
        return new ActorData(name, kind, data.schoolType(), Checks.optionalText("description", data.description(), 4000),
                website, kvk, data.locatedInId(), data.activeInIds(), data.affiliationId(),
                data.disciplines(), data.targetGroups());
    }
}
