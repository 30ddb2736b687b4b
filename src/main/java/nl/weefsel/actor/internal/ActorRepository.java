package nl.weefsel.actor.internal;

import org.springframework.data.neo4j.repository.Neo4jRepository;

public interface ActorRepository extends Neo4jRepository<ActorNode, String> {
}
