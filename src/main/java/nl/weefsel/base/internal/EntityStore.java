package nl.weefsel.base.internal;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import nl.weefsel.base.ConcurrentEditException;
import nl.weefsel.base.NotFoundException;
import nl.weefsel.base.RecordChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.neo4j.repository.Neo4jRepository;

/**
 * The write path every feature service shares: load by id or fail clearly, refuse a change based
 * on an outdated version, save, and publish {@link RecordChanged} with the record before and after.
 * Callers run inside the service's transaction, so a refused change writes nothing.
 *
 * @param <N> the entity
 * @param <R> the record the feature's API shows
 */
public final class EntityStore<N extends AuditedNode, R> {

    private final String kind;
    private final Neo4jRepository<N, String> repository;
    private final Function<N, R> view;
    private final ApplicationEventPublisher events;

    public EntityStore(String kind, Neo4jRepository<N, String> repository, Function<N, R> view,
                       ApplicationEventPublisher events) {
        this.kind = kind;
        this.repository = repository;
        this.view = view;
        this.events = events;
    }

    public N load(String id) {
        return repository.findById(id).orElseThrow(() -> new NotFoundException(kind, id));
    }

    public Optional<R> find(String id) {
        return repository.findById(id).map(view);
    }

    public R create(N node) {
        R created = view.apply(repository.save(node));
        events.publishEvent(RecordChanged.created(kind, node.getId(), created));
        return created;
    }

    public R update(String id, long expectedVersion, Consumer<N> change) {
        return change(id, expectedVersion, change, RecordChanged.Change.UPDATED);
    }

    /** Like {@link #update}, recorded as the end of the record's validity rather than an edit. */
    public R end(String id, long expectedVersion, Consumer<N> change) {
        return change(id, expectedVersion, change, RecordChanged.Change.ENDED);
    }

    public R delete(String id) {
        R before = view.apply(load(id));
        repository.deleteById(id);
        events.publishEvent(RecordChanged.deleted(kind, id, before));
        return before;
    }

    private R change(String id, long expectedVersion, Consumer<N> change, RecordChanged.Change what) {
        N node = load(id);
        if (node.getVersion() != expectedVersion) {
            throw new ConcurrentEditException(kind, id, expectedVersion, null);
        }
        R before = view.apply(node);
        change.accept(node);
        R after;
        try {
            after = view.apply(repository.save(node));
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentEditException(kind, id, expectedVersion, e);
        }
        events.publishEvent(what == RecordChanged.Change.ENDED
                ? RecordChanged.ended(kind, id, before, after)
                : RecordChanged.updated(kind, id, before, after));
        return after;
    }
}
