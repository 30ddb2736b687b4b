package nl.weefsel.impact.internal;

import java.util.List;
import org.springframework.data.neo4j.repository.Neo4jRepository;

public interface MomentRepository extends Neo4jRepository<MomentNode, String> {

    List<MomentNode> findByPartnershipId(String partnershipId);
}
