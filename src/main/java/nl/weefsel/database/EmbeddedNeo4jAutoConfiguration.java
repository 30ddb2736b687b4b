package nl.weefsel.database;

import java.net.URI;
import java.nio.file.Path;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.neo4j.autoconfigure.Neo4jAutoConfiguration;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;
import org.springframework.util.unit.DataSize;

/**
 * Starts the embedded Neo4j when no other database is configured — neither {@code NEO4J_URI}
 * ({@code spring.neo4j.uri}) nor a connection contributed by, for example, Testcontainers — and
 * hands its Bolt address to Spring Boot's own driver configuration.
 */
@AutoConfiguration(before = Neo4jAutoConfiguration.class)
@ConditionalOnClass(DatabaseManagementServiceBuilder.class)
@ConditionalOnMissingBean(Neo4jConnectionDetails.class)
@Conditional(EmbeddedNeo4jAutoConfiguration.NoNeo4jUri.class)
public class EmbeddedNeo4jAutoConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedNeo4j embeddedNeo4j(Environment environment) {
        Path directory = Path.of(environment.getProperty("weefsel.data-dir", "./data"));
        String pageCache = environment.getProperty("weefsel.embedded-neo4j.page-cache", "256m");
        return EmbeddedNeo4j.start(directory, bytes(pageCache));
    }

    /** Accepts Neo4j's own notation ({@code 256m}, {@code 1g}) as well as Spring's ({@code 256MB}). */
    static long bytes(String size) {
        String normalized = size.trim().toUpperCase(java.util.Locale.ROOT);
        return DataSize.parse(normalized.matches("\\d+[KMGT]") ? normalized + "B" : normalized).toBytes();
    }

    @Bean
    Neo4jConnectionDetails embeddedNeo4jConnectionDetails(EmbeddedNeo4j database) {
        return new Neo4jConnectionDetails() {
            @Override
            public URI getUri() {
                return database.boltUri();
            }

            @Override
            public AuthToken getAuthToken() {
                return AuthTokens.none();
            }
        };
    }

    static class NoNeo4jUri extends SpringBootCondition {

        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String uri = context.getEnvironment().getProperty("spring.neo4j.uri");
            return StringUtils.hasText(uri)
                    ? ConditionOutcome.noMatch("spring.neo4j.uri is set to " + uri)
                    : ConditionOutcome.match("no spring.neo4j.uri");
        }
    }
}
