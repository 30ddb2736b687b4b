package nl.weefsel.database;

import java.net.URI;

/** The configured Neo4j server did not answer at start-up. */
public class Neo4jUnreachableException extends RuntimeException {

    private final URI uri;

    public Neo4jUnreachableException(URI uri, Throwable cause) {
        super("Neo4j at " + uri + " cannot be reached: " + cause.getMessage(), cause);
        this.uri = uri;
    }

    public URI uri() {
        return uri;
    }
}
