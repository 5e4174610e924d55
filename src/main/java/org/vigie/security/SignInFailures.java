package org.vigie.security;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.TransactionException;

/**
 * Sign-in failures in PostgreSQL, each marked with the console that counted it. While PostgreSQL is
 * away no password can be checked anyway: the database is not waited for, and the console's own
 * count goes on alone.
 */
public class SignInFailures implements SharedFailures {

    private static final Logger log = LoggerFactory.getLogger(SignInFailures.class);

    private final JdbcClient jdbc;
    private final Duration window;
    private final BooleanSupplier databaseAvailable;
    private final UUID console = UUID.randomUUID();

    public SignInFailures(JdbcClient jdbc, Duration window, BooleanSupplier databaseAvailable) {
        this.jdbc = jdbc;
        this.window = window;
        this.databaseAvailable = databaseAvailable;
    }

    @Override
    public void record(String key, Instant at) {
        if (!databaseAvailable.getAsBoolean()) {
            return;
        }
        try {
            jdbc.sql("delete from sign_in_failure where at < :before").param("before", Timestamp.from(at.minus(window)))
                    .update();
            jdbc.sql("insert into sign_in_failure (key, at, console) values (:key, :at, :console)")
                    .param("key", key).param("at", Timestamp.from(at)).param("console", console).update();
        } catch (DataAccessException | TransactionException e) {
            log.warn("Sign-in failure of {} not shared with the other consoles: {}", key, e.getMessage());
        }
    }

    @Override
    public List<Instant> othersSince(String key, Instant since) {
        if (!databaseAvailable.getAsBoolean()) {
            return List.of();
        }
        try {
            return jdbc.sql("""
                    select at from sign_in_failure where key = :key and at >= :since and console <> :console order by at
                    """).param("key", key).param("since", Timestamp.from(since)).param("console", console)
                    .query((rs, row) -> rs.getTimestamp(1).toInstant()).list();
        } catch (DataAccessException | TransactionException e) {
            log.warn("Sign-in failures of the other consoles not read for {}: {}", key, e.getMessage());
            return List.of();
        }
    }

    @Override
    public void forget(String key) {
        if (!databaseAvailable.getAsBoolean()) {
            return;
        }
        try {
            jdbc.sql("delete from sign_in_failure where key = :key").param("key", key).update();
        } catch (DataAccessException | TransactionException e) {
            log.warn("Sign-in failures of {} not forgotten on the other consoles: {}", key, e.getMessage());
        }
    }
}
