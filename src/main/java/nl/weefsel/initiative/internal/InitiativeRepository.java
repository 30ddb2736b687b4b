package nl.weefsel.initiative.internal;

import org.springframework.data.neo4j.repository.Neo4jRepository;

public interface InitiativeRepository extends Neo4jRepository<InitiativeNode, String> {
}
