package nl.weefsel.base.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jOperations;
import org.springframework.data.neo4j.core.PreparedQuery;
import org.springframework.data.neo4j.core.mapping.Neo4jPersistentEntity;
import org.springframework.data.neo4j.core.mapping.Neo4jPersistentProperty;
import org.springframework.data.neo4j.repository.support.Neo4jEntityInformation;
import org.springframework.data.neo4j.repository.support.SimpleNeo4jRepository;

/**
 * The base of every Weefsel repository (see {@link RepositoryConfiguration}): Spring Data Neo4j's,
 * with {@code findById} and {@code save} changed so that a read overlapping another session's save
 * of the same record never sees the record half-linked (DD005).
 * <ul>
 * <li>Spring Data loads an entity whose relationships can form a cycle (an actor is a member of an
 * actor, an area part of an area) in several statements, the last fetching the relationships by
 * the ids the earlier ones found. Under Neo4j's read-committed isolation every statement sees what
 * was committed when it ran, so a save committed in between made a tie lose an end.
 * {@link #findById} loads the same graph in one statement.</li>
 * <li>Spring Data saves a relationship without properties by deleting every relationship of that
 * type and creating it again, for the record and for the records it links to. {@link #save} writes
 * the node's properties (with version check and audit stamps, as before) and then, in one
 * statement, deletes only the relationships that are gone and creates only the missing ones: a
 * save that changes properties alone changes no relationship.</li>
 * </ul>
 * Related records are linked by id, never saved through the record that points at them.
 */
public class EntityRepository<T, ID> extends SimpleNeo4jRepository<T, ID> {

    private static final int READ_ATTEMPTS = 3;

    private final Neo4jOperations operations;
    private final Neo4jPersistentEntity<T> entity;
    private @Nullable EntityStatements statements;

    public EntityRepository(Neo4jOperations operations, Neo4jEntityInformation<T, ID> information) {
        super(operations, information);
        this.operations = operations;
        this.entity = information.getEntityMetaData();
    }

    @Override
    public Optional<T> findById(ID id) {
        if (entity.getRelationships().isEmpty()) {
            return super.findById(id);
        }
        Optional<T> found = Optional.empty();
        for (int attempt = 0; attempt < READ_ATTEMPTS; attempt++) {
            found = operations.findOne(statements().load(), Map.of("id", id), entity.getType());
            if (found.isEmpty() || whole(found.get())) {
                break;
            }
        }
        return found;
    }

    /**
     * Whether every relationship the entity cannot do without (a single one, not {@code @Nullable})
     * was found. One that is missing was being moved by a save committed while the statement read:
     * Neo4j's read-committed isolation holds for each record read, not for a whole statement.
     */
    private boolean whole(T record) {
        var accessor = entity.getPropertyAccessor(record);
        for (EntityStatements.Link link : statements().links()) {
            Neo4jPersistentProperty field = entity.getRequiredPersistentProperty(link.field());
            if (link.required() && accessor.getProperty(field) == null) {
                return false;
            }
        }
        return true;
    }

    @Override
    public <S extends T> S save(S record) {
        S saved = operations.saveAs(record, (path, property) -> !property.isRelationship());
        if (!entity.getRelationships().isEmpty()) {
            link(saved);
        }
        return saved;
    }

    @Override
    public <S extends T> List<S> saveAll(Iterable<S> records) {
        List<S> saved = new ArrayList<>();
        records.forEach(record -> saved.add(save(record)));
        return saved;
    }

    private void link(T record) {
        var accessor = entity.getPropertyAccessor(record);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("id", accessor.getProperty(entity.getRequiredIdProperty()));
        List<EntityStatements.Link> links = statements().links();
        int expected = 0;
        for (int i = 0; i < links.size(); i++) {
            EntityStatements.Link link = links.get(i);
            Neo4jPersistentProperty field = entity.getRequiredPersistentProperty(link.field());
            List<Object> targetIds = targetIds(link.target(), accessor.getProperty(field));
            parameters.put("t" + i, targetIds);
            expected += targetIds.size();
        }
        long linked = operations.toExecutableQuery(PreparedQuery.queryFor(Long.class)
                .withCypherQuery(statements().link()).withParameters(parameters)
                .usingMappingFunction(() -> (types, row) -> row.get("linked").asLong())
                .build()).getRequiredSingleResult();
        if (linked != expected) {
            throw new IllegalStateException("%s %s: %d of %d related records to link were not found"
                    .formatted(entity.getPrimaryLabel(), parameters.get("id"), expected - linked, expected));
        }
    }

    private static List<Object> targetIds(Neo4jPersistentEntity<?> target, @Nullable Object value) {
        Collection<?> related = value == null ? List.of() : value instanceof Collection<?> many ? many : List.of(value);
        List<Object> ids = new ArrayList<>();
        for (Object one : related) {
            ids.add(target.getIdentifierAccessor(one).getRequiredIdentifier());
        }
        return ids;
    }

    private EntityStatements statements() {
        if (statements == null) {
            statements = new EntityStatements(entity);
        }
        return statements;
    }
}
