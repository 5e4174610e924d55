package org.vigie.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class MigrationsIT {

    @Test
    void every_migration_applies_to_an_empty_postgresql_and_a_second_run_has_nothing_to_do() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            Flyway flyway = Flyway.configure().dataSource(postgres.getPostgresDatabase()).load();

            MigrateResult first = flyway.migrate();
            MigrateResult second = flyway.migrate();

            assertThat(first.success).isTrue();
            assertThat(first.migrationsExecuted).isEqualTo(flyway.info().applied().length);
            assertThat(second.migrationsExecuted).isZero();
            List<String> tables = JdbcClient.create(postgres.getPostgresDatabase())
                    .sql("select table_name from information_schema.tables where table_schema = 'public'")
                    .query(String.class).list();
            assertThat(tables).contains("tenant", "flyway_schema_history");
        }
    }
}
