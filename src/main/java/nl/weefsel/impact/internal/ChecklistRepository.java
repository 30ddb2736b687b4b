package nl.weefsel.impact.internal;

import java.util.List;
import org.springframework.data.neo4j.repository.Neo4jRepository;

public interface ChecklistRepository extends Neo4jRepository<ChecklistNode, String> {

    List<ChecklistNode> findByPartnershipId(String partnershipId);
}
