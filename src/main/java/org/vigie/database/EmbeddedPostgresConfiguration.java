package org.vigie.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * When no {@code spring.datasource.url} is set (demo mode and the tests), Vigie runs its own
 * PostgreSQL in a temporary directory, started with the application and removed when it stops.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDataSourceConfigured.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres() throws IOException {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        log.info("Embedded PostgreSQL started on port {} (demo database, discarded on stop)", postgres.getPort());
        return postgres;
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(8);
        dataSource.setPoolName("vigie-embedded");
        return dataSource;
    }
}
