package nl.weefsel.funding.internal;

import java.util.Optional;
import org.springframework.data.neo4j.repository.Neo4jRepository;

public interface BudgetRepository extends Neo4jRepository<BudgetNode, String> {

    Optional<BudgetNode> findByInitiativeId(String initiativeId);
}
