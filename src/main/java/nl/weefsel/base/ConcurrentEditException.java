package nl.weefsel.base;

import org.jspecify.annotations.Nullable;

/**
 * Somebody else saved the same record after it was read: the save was refused and nothing was
 * written. The caller shows both versions and lets the user choose.
 */
public class ConcurrentEditException extends RuntimeException {

    private final String id;
    private final long expectedVersion;

    public ConcurrentEditException(String kind, String id, long expectedVersion, @Nullable Throwable cause) {
        super(kind + " " + id + " was changed by someone else since version " + expectedVersion, cause);
        this.id = id;
        this.expectedVersion = expectedVersion;
    }

    public String id() {
        return id;
    }

    public long expectedVersion() {
        return expectedVersion;
    }
}
