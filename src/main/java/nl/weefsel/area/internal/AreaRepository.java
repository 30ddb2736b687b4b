package nl.weefsel.area.internal;

import java.util.Optional;
import org.springframework.data.neo4j.repository.Neo4jRepository;

public interface AreaRepository extends Neo4jRepository<AreaNode, String> {

    Optional<AreaNode> findByCode(String code);

    boolean existsByCode(String code);
}
