package nl.weefsel.impact.internal;

import java.util.List;
import nl.weefsel.impact.ImpactOwner;
import org.springframework.data.neo4j.repository.Neo4jRepository;

public interface ReportRepository extends Neo4jRepository<ReportNode, String> {

    List<ReportNode> findByOwnerKindAndOwnerId(ImpactOwner.Kind ownerKind, String ownerId);

    default List<ReportNode> findByOwner(ImpactOwner owner) {
        return findByOwnerKindAndOwnerId(owner.kind(), owner.id());
    }
}
