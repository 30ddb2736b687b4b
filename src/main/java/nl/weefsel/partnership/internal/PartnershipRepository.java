package nl.weefsel.partnership.internal;

import org.springframework.data.neo4j.repository.Neo4jRepository;

public interface PartnershipRepository extends Neo4jRepository<PartnershipNode, String> {
}
