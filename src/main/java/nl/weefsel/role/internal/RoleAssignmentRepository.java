package nl.weefsel.role.internal;

import org.springframework.data.neo4j.repository.Neo4jRepository;

public interface RoleAssignmentRepository extends Neo4jRepository<RoleAssignmentNode, String> {
}
