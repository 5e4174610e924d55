package org.vigie.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vigie.health.Status;
import org.vigie.testing.RestartablePostgres;
import tools.jackson.databind.json.JsonMapper;

/** Transitions wait while PostgreSQL is away; a stop with PostgreSQL away does not wait for it. */
class PendingTransitionsIT {

    RestartablePostgres postgres;
    HikariDataSource dataSource;
    PendingTransitions pending;
    final List<StatusTransition> announced = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        postgres = RestartablePostgres.start();
        dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.jdbcUrl());
        dataSource.setUsername("postgres");
        dataSource.setConnectionTimeout(1_000);
        Flyway.configure().dataSource(dataSource).load().migrate();
        pending = new PendingTransitions(new StatusHistoryRepository(JdbcClient.create(dataSource),
                JsonMapper.builder().build()), announced::add);
    }

    @AfterEach
    void stop() {
        dataSource.close();
        postgres.close();
    }

    @Test
    void flushing_with_postgresql_away_gives_up_at_once_and_keeps_every_transition_in_order() {
        postgres.stop();
        pending.add(transition("2026-11-28T10:00:00Z", Status.RED));
        pending.add(transition("2026-11-28T10:05:00Z", Status.GREEN));

        assertTimeoutPreemptively(Duration.ofSeconds(20), pending::flush, "a stop must not wait for PostgreSQL");

        assertThat(pending.size()).isEqualTo(2);
        postgres.restart();
        // The pool may first hand out a connection the restart cut: the console's writer tries again, so does this.
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            pending.flush();
            return pending.size() == 0;
        });
        assertThat(announced).extracting(StatusTransition::to).containsExactly(Status.RED, Status.GREEN);
    }

    private static StatusTransition transition(String at, Status to) {
        return new StatusTransition("t", Instant.parse(at), null, to, List.of());
    }
}
