package nl.weefsel.funding.internal;

import java.util.List;
import org.springframework.data.neo4j.repository.Neo4jRepository;

public interface FundingRepository extends Neo4jRepository<FundingNode, String> {

    List<FundingNode> findByRecipientId(String recipientId);
}
