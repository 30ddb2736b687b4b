package nl.weefsel.impact.internal;

import java.util.List;
import org.springframework.data.neo4j.repository.Neo4jRepository;

public interface StoryRepository extends Neo4jRepository<StoryNode, String> {

    List<StoryNode> findByPartnershipId(String partnershipId);
}
