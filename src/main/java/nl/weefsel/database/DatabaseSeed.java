package nl.weefsel.database;

/**
 * Data a feature puts into the database at start-up, after the schema exists: reference data
 * such as the role taxonomy, or the demo ecosystem. Implementations must be idempotent.
 * They run in {@link org.springframework.core.annotation.Order} order.
 */
public interface DatabaseSeed {

    void seed();
}
