package org.vigie.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import java.net.ServerSocket;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.vigie.platform.DatabaseSettings;

class DataSourceBoundsTest {

    @Test
    void a_server_that_accepts_connections_but_never_answers_fails_the_request_within_the_connection_timeout()
            throws Exception {
        try (ServerSocket silent = new ServerSocket(0); HikariDataSource pool = new HikariDataSource()) {
            pool.setJdbcUrl("jdbc:postgresql://localhost:" + silent.getLocalPort() + "/postgres");
            pool.setUsername("postgres");
            pool.setInitializationFailTimeout(-1);
            DataSourceBounds.bound(pool, new DatabaseSettings(Duration.ofSeconds(1), Duration.ofSeconds(2),
                    Duration.ofSeconds(1)));

            Throwable refused = await().atMost(Duration.ofSeconds(10))
                    .until(() -> catchThrowable(() -> pool.getConnection().close()), failure -> true);

            assertThat(refused).isInstanceOf(SQLTransientConnectionException.class);
        }
    }
}
