package nl.weefsel.impact.internal;

import java.util.List;
import nl.weefsel.impact.ImpactOwner;
import org.springframework.data.neo4j.repository.Neo4jRepository;

public interface StoryRepository extends Neo4jRepository<StoryNode, String> {

    List<StoryNode> findByOwnerKindAndOwnerId(ImpactOwner.Kind ownerKind, String ownerId);

    default List<StoryNode> findByOwner(ImpactOwner owner) {
        return findByOwnerKindAndOwnerId(owner.kind(), owner.id());
    }
}
