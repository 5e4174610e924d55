package org.vigie.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The embedded demo database is held to the same bounds as a configured one (see DatabaseOutageIT). */
@SpringBootTest
class DataSourceBoundsIT {

    @Autowired
    DataSource dataSource;

    @Test
    void the_embedded_database_waits_seconds_for_a_connection_and_cuts_a_silent_query() throws Exception {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);

        assertThat(pool.getConnectionTimeout()).isEqualTo(3_000);
        assertThat(pool.getValidationTimeout()).isLessThanOrEqualTo(3_000);
        assertThat(pool.getDataSourceProperties()).containsEntry("connectTimeout", "3").containsEntry("socketTimeout", "10");
    }
}
