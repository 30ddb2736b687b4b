package nl.weefsel.exchange;

/** A restore into a database that already holds a network, without being told to merge. Nothing was written. */
public class DatabaseNotEmptyException extends RuntimeException {

    public DatabaseNotEmptyException(long records) {
        super("the database is not empty (" + records + " records); restore into an empty database, or merge with --merge");
    }
}
