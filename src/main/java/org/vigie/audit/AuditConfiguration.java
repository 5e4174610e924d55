package org.vigie.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The audit keys. Without any: when the database is Vigie's own embedded one (demo, tests), thrown
 * away at stop, a random key for this run is used and a warning logged; with a database of your own
 * ({@code spring.datasource.url}), Vigie refuses to start, since a key that changes at every restart
 * would leave every older record unprovable.
 */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AuditConfiguration.class);

    @Bean
    AuditKeys auditKeys(AuditProperties properties, Environment environment) {
        return AuditKeys.configured(properties).orElseGet(() -> {
            String url = environment.getProperty("spring.datasource.url");
            if (url != null && !url.isBlank()) {
                throw new IllegalStateException("vigie.audit: no key configured for the audit chain while the "
                        + "database is " + url + "; set vigie.audit.keys.<id>=<Base64 of 32 random bytes> (e.g. "
                        + "from `openssl rand -base64 32`) or vigie.audit.key-file=<file of id=base64 lines>");
            }
            AuditKeys keys = AuditKeys.ephemeral();
            log.warn("No audit key configured (vigie.audit.keys): the audit chain of this run is signed with the "
                    + "random key {}, lost at stop together with the embedded database", keys.current());
            return keys;
        });
    }
}
