package nl.weefsel.database;

import java.net.URI;
import nl.weefsel.base.SystemIdentity;
import java.util.List;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Before the web server accepts requests: checks that Neo4j answers, applies the schema, then
 * runs the {@link DatabaseSeed}s.
 */
@Component
class DatabaseInitializer implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DatabaseInitializer.class);

    private final Driver driver;
    private final Neo4jClient client;
    private final Neo4jConnectionDetails connection;
    private final List<DatabaseSeed> seeds;

    DatabaseInitializer(Driver driver, Neo4jClient client, Neo4jConnectionDetails connection, List<DatabaseSeed> seeds) {
        this.driver = driver;
        this.client = client;
        this.connection = connection;
        this.seeds = seeds;
    }

    @Override
    public void afterSingletonsInstantiated() {
        verifyConnectivity();
        Schema.statements().forEach(statement -> client.query(statement).run());
        SystemIdentity.run(() -> seeds.forEach(DatabaseSeed::seed));
    }

    private void verifyConnectivity() {
        URI uri = connection.getUri();
        try {
            driver.verifyConnectivity();
        } catch (RuntimeException e) {
            throw new Neo4jUnreachableException(uri, e);
        }
        log.info("Connected to Neo4j at {}", uri);
    }
}
