package org.vigie.health;

import java.net.URI;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class HealthConfiguration {

    @Bean
    HealthEvaluator healthEvaluator(HealthProperties properties) {
        return new HealthEvaluator(properties.stalenessLimit());
    }

    /** Production: each tenant's declared health URL. Demo mode declares a primary bean instead. */
    @Bean
    ProbeTargets declaredHealthUrls() {
        return tenant -> URI.create(tenant.urls().healthUrl());
    }
}
