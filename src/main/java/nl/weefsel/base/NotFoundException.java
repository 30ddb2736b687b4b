package nl.weefsel.base;

/** A record that was asked for by id does not exist (any more). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String kind, String id) {
        super(kind + " " + id + " does not exist");
    }
}
