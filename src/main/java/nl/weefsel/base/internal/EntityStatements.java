package nl.weefsel.base.internal;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.mapping.Neo4jPersistentEntity;
import org.springframework.data.neo4j.core.schema.Relationship.Direction;
import org.springframework.data.neo4j.core.mapping.RelationshipDescription;

/**
 * The two statements {@link EntityRepository} runs for one entity type, written from its mapping:
 * the load of a record with everything its relationships reach, and the update of its
 * relationships. Labels and relationship types come from the entities' annotations, never from
 * input; they are quoted all the same.
 */
final class EntityStatements {

    /** One mapped relationship of the entity: its field, type, the entity it points at, and whether it must be there. */
    record Link(String field, String type, Neo4jPersistentEntity<?> target, boolean required) {
    }

    private final String load;
    private final String link;
    private final List<Link> links;

    EntityStatements(Neo4jPersistentEntity<?> entity) {
        this.links = linksOf(entity);
        this.load = load(entity, reachableTypes(entity));
        this.link = link(entity, links);
    }

    /** Parameters {@code $id}; returns the root, every relationship and every node reached, as Spring Data maps them. */
    String load() {
        return load;
    }

    /**
     * Parameters {@code $id} and {@code $t0}, {@code $t1}, … (the ids each relationship should point
     * at, in the order of {@link #links()}); deletes the relationships to other nodes, creates the
     * missing ones and leaves those that stay alone. Returns {@code linked}: how many targets it found.
     */
    String link() {
        return link;
    }

    List<Link> links() {
        return links;
    }

    private static List<Link> linksOf(Neo4jPersistentEntity<?> entity) {
        List<Link> links = new ArrayList<>();
        for (RelationshipDescription relationship : entity.getRelationships()) {
            if (relationship.getDirection() != Direction.OUTGOING || relationship.isDynamic()
                    || relationship.hasRelationshipProperties()) {
                throw new IllegalStateException(entity.getName() + "." + relationship.getFieldName()
                        + ": only outgoing relationships without properties are supported");
            }
            links.add(new Link(relationship.getFieldName(), relationship.getType(),
                    (Neo4jPersistentEntity<?>) relationship.getTarget(), required(entity, relationship)));
        }
        return List.copyOf(links);
    }

    /** A single related record that is not {@code @Nullable}: the record is incomplete without it. */
    private static boolean required(Neo4jPersistentEntity<?> entity, RelationshipDescription relationship) {
        Field field = entity.getRequiredPersistentProperty(relationship.getFieldName()).getRequiredField();
        return !Collection.class.isAssignableFrom(field.getType())
                && !field.getAnnotatedType().isAnnotationPresent(Nullable.class);
    }

    /** The relationship types of the entity and of every entity its relationships lead to. */
    private static Set<String> reachableTypes(Neo4jPersistentEntity<?> root) {
        Set<String> types = new LinkedHashSet<>();
        Set<Neo4jPersistentEntity<?>> seen = new LinkedHashSet<>();
        List<Neo4jPersistentEntity<?>> todo = new ArrayList<>(List.of(root));
        while (!todo.isEmpty()) {
            Neo4jPersistentEntity<?> entity = todo.removeLast();
            if (seen.add(entity)) {
                for (Link link : linksOf(entity)) {
                    types.add(link.type());
                    todo.add(link.target());
                }
            }
        }
        return types;
    }

    private static String load(Neo4jPersistentEntity<?> entity, Collection<String> types) {
        String anyType = types.stream().map(EntityStatements::quote).collect(Collectors.joining("|"));
        return """
                MATCH (root:%1$s) WHERE root.%2$s = $id
                OPTIONAL MATCH (root)-[:%3$s*]->(reached)
                WITH root, collect(DISTINCT reached) AS reached
                UNWIND [root] + reached AS start
                OPTIONAL MATCH (start)-[relationship:%3$s]->(end) WHERE end IN reached
                RETURN root AS __sn__, collect(DISTINCT relationship) AS __sr__, reached AS __srn__
                """.formatted(quote(entity.getPrimaryLabel()), idOf(entity), anyType);
    }

    private static String link(Neo4jPersistentEntity<?> entity, List<Link> links) {
        StringBuilder cypher = new StringBuilder("MATCH (n:%s) WHERE n.%s = $id\n"
                .formatted(quote(entity.getPrimaryLabel()), idOf(entity)));
        List<String> counts = new ArrayList<>();
        for (int i = 0; i < links.size(); i++) {
            Link link = links.get(i);
            String type = quote(link.type());
            String label = quote(link.target().getPrimaryLabel());
            String targetId = idOf(link.target());
            cypher.append("""
                    CALL (n) {
                      OPTIONAL MATCH (n)-[gone:%1$s]->(old:%2$s) WHERE NOT old.%3$s IN $t%4$d
                      DELETE gone
                    }
                    CALL (n) {
                      UNWIND $t%4$d AS target
                      MATCH (m:%2$s) WHERE m.%3$s = target
                      MERGE (n)-[:%1$s]->(m)
                      RETURN count(m) AS linked%4$d
                    }
                    """.formatted(type, label, targetId, i));
            counts.add("linked" + i);
        }
        return cypher.append("RETURN ").append(counts.isEmpty() ? "0" : String.join(" + ", counts))
                .append(" AS linked").toString();
    }

    private static String idOf(Neo4jPersistentEntity<?> entity) {
        return quote(entity.getRequiredIdProperty().getPropertyName());
    }

    private static String quote(String name) {
        return "`" + name.replace("`", "``") + "`";
    }
}
