package nl.weefsel.impact.internal;

import java.util.List;
import nl.weefsel.impact.ImpactOwner;
import org.springframework.data.neo4j.repository.Neo4jRepository;

public interface MomentRepository extends Neo4jRepository<MomentNode, String> {

    List<MomentNode> findByOwnerKindAndOwnerId(ImpactOwner.Kind ownerKind, String ownerId);

    default List<MomentNode> findByOwner(ImpactOwner owner) {
        return findByOwnerKindAndOwnerId(owner.kind(), owner.id());
    }
}
