package nl.weefsel.funding.internal;

import org.springframework.data.neo4j.repository.Neo4jRepository;

public interface FundingRepository extends Neo4jRepository<FundingNode, String> {
}
