package nl.weefsel.database;

import java.nio.file.Path;

/** The data directory is in use by another process, most likely another running Weefsel. */
public class DataDirectoryLockedException extends RuntimeException {

    private final Path directory;

    public DataDirectoryLockedException(Path directory, Throwable cause) {
        super("The data directory " + directory + " is in use by another process", cause);
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }
}
