package nl.weefsel.exchange.internal;

import java.util.Optional;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** The year and source stored with an area's boundary, for the attribution the API sends along. */
@Component
public class BoundaryQueries {

    public record BoundaryInfo(int year, String source) {
    }

    private final Neo4jClient client;

    BoundaryQueries(Neo4jClient client) {
        this.client = client;
    }

    public Optional<BoundaryInfo> info(String areaId) {
        return client.query("""
                        MATCH (:Area {id: $areaId})-[:HAS_BOUNDARY]->(b:Boundary)
                        RETURN coalesce(b.year, 0) AS year, coalesce(b.source, 'Kadaster / CBS') AS source
                        """)
                .bind(areaId).to("areaId")
                .fetchAs(BoundaryInfo.class)
                .mappedBy((types, row) -> new BoundaryInfo(row.get("year").asInt(), row.get("source").asString()))
                .one();
    }
}
