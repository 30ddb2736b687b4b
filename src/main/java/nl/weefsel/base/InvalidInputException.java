package nl.weefsel.base;

/**
 * Input that a service refuses, naming the field and what is wrong with it. Nothing has been
 * written when it is thrown.
 */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
