package nl.weefsel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests that need the whole application on the real, embedded Neo4j. Every subclass
 * shares one Spring context (same configuration, same cache key), so the database starts once per
 * test run; the demo ecosystem is loaded into it as on a first real start.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class WeefselIntegrationTest {

    private static final Path DATA_DIR = freshDataDirectory();

    @DynamicPropertySource
    static void embeddedDatabase(DynamicPropertyRegistry registry) {
        registry.add("weefsel.data-dir", DATA_DIR::toString);
        registry.add("weefsel.embedded-neo4j.page-cache", () -> "64m");
    }

    private static Path freshDataDirectory() {
        try {
            Files.createDirectories(Path.of("target"));
            return Files.createTempDirectory(Path.of("target"), "neo4j-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
