package nl.weefsel.security;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/** The services' {@code @PreAuthorize} rules apply in every mode: web, command line and tests. */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(OidcSettings.class)
class MethodSecurityConfiguration {
}
