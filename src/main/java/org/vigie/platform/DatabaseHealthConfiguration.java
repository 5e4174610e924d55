package org.vigie.platform;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code db} health indicator (replacing Spring Boot's, which waits for a connection on every
 * call): it answers at once from {@link DatabaseAvailability}. It is part of readiness, not liveness.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseSettings.class)
class DatabaseHealthConfiguration {

    @Bean
    HealthIndicator dbHealthIndicator(DatabaseAvailability availability) {
        return () -> {
            DatabaseAvailability.State state = availability.current();
            Health.Builder health = state.available() ? Health.up() : Health.down().withDetail("error", String.valueOf(state.problem()));
            return health.withDetail("database", "PostgreSQL").withDetail("since", state.since().toString()).build();
        };
    }
}
