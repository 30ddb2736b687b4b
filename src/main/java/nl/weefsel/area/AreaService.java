package nl.weefsel.area;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.weefsel.area.internal.AreaNode;
import nl.weefsel.area.internal.AreaQueries;
import nl.weefsel.area.internal.AreaRepository;
import nl.weefsel.base.Checks;
import nl.weefsel.base.InvalidInputException;
import nl.weefsel.base.internal.EntityStore;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the area hierarchy: CBS codes valid and unique, every area inside one of a higher level. */
@Service
@Transactional(readOnly = true)
public class AreaService {

    static final String KIND = "Area";

    private final AreaRepository repository;
    private final AreaQueries queries;
    private final EntityStore<AreaNode, Area> store;

    AreaService(AreaRepository repository, AreaQueries queries, ApplicationEventPublisher events) {
        this.repository = repository;
        this.queries = queries;
        this.store = new EntityStore<>(KIND, repository, AreaNode::toArea, events);
    }

    public Optional<Area> find(String id) {
        return store.find(id);
    }

    public Optional<Area> findByCode(String code) {
        return repository.findByCode(code).map(AreaNode::toArea);
    }

    /** Every area, by name, without boundaries. */
    public List<Area> all() {
        return queries.all();
    }

    public List<Area> byIds(Collection<String> ids) {
        return queries.byIds(ids);
    }

    public List<Area> children(String parentId) {
        return queries.children(parentId);
    }

    /** The ids of the area and all areas inside it. */
    public List<String> selfAndDescendantIds(String id) {
        return queries.selfAndDescendantIds(id);
    }

    /** The ids of the area and all areas it lies in, from the area upwards. */
    public List<String> selfAndAncestorIds(String id) {
        return queries.selfAndAncestorIds(id);
    }

    public Optional<String> boundary(String id) {
        return queries.boundary(id);
    }

    @Transactional
    @PreAuthorize("@access.mayCreateArea(#data)")
    public Area create(AreaData data) {
        return create(null, data);
    }

    /** Creates an area with a chosen id, as imports and back-ups need to keep ids stable. */
    @Transactional
    @PreAuthorize("@access.mayCreateArea(#data)")
    public Area create(@Nullable String id, AreaData data) {
        AreaData valid = validate(data, null);
        return store.create(new AreaNode(id, valid, parent(valid.parentId())));
    }

    @Transactional
    @PreAuthorize("@access.mayEditArea(#id, #data)")
    public Area update(String id, long expectedVersion, AreaData data) {
        AreaData valid = validate(data, id);
        AreaNode parent = parent(valid.parentId());
        return store.update(id, expectedVersion, node -> node.apply(valid, parent));
    }

    @Transactional
    @PreAuthorize("@access.mayEditArea(#id, null)")
    public void setBoundary(String id, String geoJson, int year, String source) {
        store.load(id);
        queries.saveBoundary(id, Checks.requireText("boundary", geoJson, 5_000_000), year, source);
    }

    /** Deletes an area that nothing refers to; an area still in use is refused. */
    @Transactional
    @PreAuthorize("@access.mayEditArea(#id, null)")
    public void delete(String id) {
        Area area = store.load(id).toArea();
        if (queries.hasDependents(id)) {
            throw new InvalidInputException("area", area.label() + " is still used by other areas or records");
        }
        queries.deleteBoundary(id);
        store.delete(id);
    }

    private @Nullable AreaNode parent(@Nullable String parentId) {
        return parentId == null ? null : store.load(parentId);
    }

    private AreaData validate(AreaData data, @Nullable String id) {
        AreaLevel level = Checks.requirePresent("level", data.level());
        String name = Checks.requireText("name", data.name(), 200);
        String code = Checks.optionalText("code", data.code(), 20);
        if (code != null) {
            String normalised = code.toUpperCase(Locale.ROOT);
            level.codePattern().ifPresent(pattern -> Checks.requireMatches("code", normalised, pattern,
                    "a valid CBS code for a " + level.name().toLowerCase(Locale.ROOT)));
            Optional<AreaNode> holder = repository.findByCode(normalised);
            if (holder.isPresent() && !holder.get().getId().equals(id)) {
                throw new InvalidInputException("code", normalised + " is already used by another area");
            }
            code = normalised;
        }
        Checks.requireRange("population", data.population(), 0, 100_000_000);
        Checks.requireRange("populationYear", data.populationYear(), 1800, 2200);
        if (data.parentId() != null) {
            if (data.parentId().equals(id)) {
                throw new InvalidInputException("parent", "an area cannot lie inside itself");
            }
            AreaNode parent = store.load(data.parentId());
            if (!level.mayLieIn(parent.getLevel())) {
                throw new InvalidInputException("parent", "a " + level + " cannot lie inside a " + parent.getLevel());
            }
            if (id != null && queries.selfAndAncestorIds(parent.getId()).contains(id)) {
                throw new InvalidInputException("parent", "an area cannot lie inside an area inside itself");
            }
        }
        return new AreaData(level, code, name, data.population(), data.populationYear(),
                Checks.optionalText("populationSource", data.populationSource(), 200), data.parentId());
    }
}
