package nl.weefsel.audit.internal;

import nl.weefsel.database.DatabaseSeed;
import org.springframework.core.annotation.Order;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** Indexes for the two ways history is read: per record, and newest first. Idempotent, applied at every start. */
@Component
@Order(1)
class ChangeIndexes implements DatabaseSeed {

    private final Neo4jClient client;

    ChangeIndexes(Neo4jClient client) {
        this.client = client;
    }

    @Override
    public void seed() {
        client.query("CREATE INDEX change_record IF NOT EXISTS FOR (c:Change) ON (c.recordId)").run();
        client.query("CREATE INDEX change_at IF NOT EXISTS FOR (c:Change) ON (c.at)").run();
    }
}
