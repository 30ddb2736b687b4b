package nl.weefsel.initiative.internal;

import org.springframework.data.neo4j.repository.Neo4jRepository;

public interface NeedRepository extends Neo4jRepository<NeedNode, String> {
}
