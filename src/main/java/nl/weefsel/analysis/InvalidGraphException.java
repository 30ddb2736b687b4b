package nl.weefsel.analysis;

/**
 * A graph that cannot be analysed: malformed input, a duplicate node id, an edge naming an unknown
 * node, a self-loop, or a weight that is not a positive finite number. The message is one line
 * that names the problem and where it is, e.g. {@code edge 17 (a–b): weight must be positive, was -1}.
 */
public class InvalidGraphException extends IllegalArgumentException {

    public InvalidGraphException(String message) {
        super(message);
    }

    public InvalidGraphException(String message, Throwable cause) {
        super(message, cause);
    }
}
