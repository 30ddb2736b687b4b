package nl.weefsel.role.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.neo4j.repository.Neo4jRepository;

public interface RoleRepository extends Neo4jRepository<RoleNode, String> {

    Optional<RoleNode> findByKey(String key);

    List<RoleNode> findAllByOrderByNameNl();
}
