package nl.weefsel.base.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.data.neo4j.repository.config.EnableNeo4jRepositories;

/** Every repository of Weefsel reads and writes through {@link EntityRepository}. */
@Configuration(proxyBeanMethods = false)
@EnableNeo4jRepositories(basePackages = "nl.weefsel", repositoryBaseClass = EntityRepository.class)
class RepositoryConfiguration {
}
