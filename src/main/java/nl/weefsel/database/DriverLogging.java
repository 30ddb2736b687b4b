package nl.weefsel.database;

import org.neo4j.driver.Logging;
import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Lets the Neo4j driver log through SLF4J (Logback), so {@code logging.level.org.neo4j.driver}
 * applies to it. Its default, {@code System.Logger}, formats every debug line before asking whether
 * debug is on — for every RUN message, its parameters included: an import sending 10,000 rows per
 * query spent about 4 % of its time building strings that were then thrown away (docs/benchmarks.md,
 * Import).
 * The SLF4J logger asks first. {@code withLogging} is deprecated in driver 6 but is still the only
 * way to choose the driver's logger.
 */
@Configuration(proxyBeanMethods = false)
class DriverLogging {

    @Bean
    @SuppressWarnings("deprecation")
    ConfigBuilderCustomizer slf4jDriverLogging() {
        return builder -> builder.withLogging(Logging.slf4j());
    }
}
