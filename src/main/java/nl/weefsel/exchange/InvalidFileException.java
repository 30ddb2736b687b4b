package nl.weefsel.exchange;

/**
 * A file that cannot be imported: missing, malformed, of an unknown version, or with content that
 * does not fit. The message is one line a user can act on. Nothing has been written when it is thrown.
 */
public class InvalidFileException extends RuntimeException {

    public InvalidFileException(String message) {
        super(message);
    }

    public InvalidFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
