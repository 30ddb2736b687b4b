package nl.weefsel.database;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.locker.FileLockException;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Neo4j running inside the Weefsel process, keeping its files in a directory on disk.
 * It listens for Bolt on a free port of 127.0.0.1 only, without authentication, so the normal
 * driver can reach it and nothing outside this machine can.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

    private final Path directory;
    private final DatabaseManagementService service;
    private final URI boltUri;

    private EmbeddedNeo4j(Path directory, DatabaseManagementService service, URI boltUri) {
        this.directory = directory;
        this.service = service;
        this.boltUri = boltUri;
    }

    /**
     * Starts the database in {@code directory}, creating it when needed.
     *
     * @param pageCacheBytes memory for Neo4j's page cache
     * @throws DataDirectoryLockedException when another process (another Weefsel) has the directory open
     */
    public static EmbeddedNeo4j start(Path directory, long pageCacheBytes) {
        Path home = directory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(home);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot create the data directory " + home + ": " + e.getMessage(), e);
        }
        log.info("Starting embedded Neo4j in {}", home);
        DatabaseManagementService service;
        try {
            service = new DatabaseManagementServiceBuilder(home)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    .setConfig(GraphDatabaseSettings.auth_enabled, false)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheBytes)
                    .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(2))
                    .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
                    .build();
        } catch (RuntimeException e) {
            if (causedByLock(e)) {
                throw new DataDirectoryLockedException(home, e);
            }
            throw e;
        }
        var database = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        var bolt = database.getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT);
        URI uri = URI.create("bolt://127.0.0.1:" + bolt.getPort());
        log.info("Embedded Neo4j ready at {}", uri);
        return new EmbeddedNeo4j(home, service, uri);
    }

    private static boolean causedByLock(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof FileLockException) {
                return true;
            }
        }
        return false;
    }

    public URI boltUri() {
        return boltUri;
    }

    public Path directory() {
        return directory;
    }

    @Override
    public void close() {
        log.info("Stopping embedded Neo4j in {}", directory);
        service.shutdown();
    }
}
