package nl.weefsel.base.internal;

import java.util.Optional;
import nl.weefsel.base.CurrentUser;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.neo4j.config.EnableNeo4jAuditing;

/** Stamps every saved entity with the signed-in user, or "system" for start-up and command-line work. */
@Configuration(proxyBeanMethods = false)
@EnableNeo4jAuditing
class AuditingConfiguration {

    @Bean
    AuditorAware<String> auditorAware() {
        return () -> Optional.of(CurrentUser.name());
    }
}
