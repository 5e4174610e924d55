package org.vigie.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Whether PostgreSQL answers. A connection is checked every {@code vigie.database.check-interval};
 * a failure seen while serving a request marks it unavailable at once, and only a successful check
 * marks it available again. Listeners hear every change (banners, health).
 */
@Component
public class DatabaseAvailability implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DatabaseAvailability.class);

    /** Available or not since {@code since}; {@code problem} says what failed. */
    public record State(boolean available, Instant since, String problem) {
    }

    private final DataSource dataSource;
    private final Clock clock;
    private final List<Consumer<State>> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService checker = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("database-check").daemon().factory());
    private volatile State state;

    DatabaseAvailability(DataSource dataSource, DatabaseSettings settings, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.state = new State(true, clock.instant(), null);
        long every = settings.checkInterval().toMillis();
        checker.scheduleWithFixedDelay(this::check, every, every, TimeUnit.MILLISECONDS);
    }

    public State current() {
        return state;
    }

    public boolean available() {
        return state.available();
    }

    /** Calls {@code listener} with each change, on the thread that saw it; returns how to stop. */
    public Runnable subscribe(Consumer<State> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Marks the database unavailable if {@code failure} says it cannot be reached; true if so. */
    public boolean reportIfOutage(Throwable failure) {
        if (!isOutage(failure)) {
            return false;
        }
        change(false, failure.getMessage());
        return true;
    }

    /** Whether this failure (or one of its causes) means PostgreSQL cannot be reached, rather than a refused query. */
    public static boolean isOutage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException || cause instanceof TransientDataAccessResourceException
                    || cause instanceof RecoverableDataAccessException || cause instanceof QueryTimeoutException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLException sql && sql.getSQLState() != null
                            && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    void check() {
        try (Connection connection = dataSource.getConnection()) {
            if (connection.isValid(1)) {
                change(true, null);
            } else {
                change(false, "the connection did not answer a check within 1 s");
            }
        } catch (SQLException | RuntimeException e) {
            change(false, e.getMessage());
        }
    }

    private void change(boolean available, String problem) {
        State changed;
        synchronized (this) {
            if (state.available() == available) {
                return;
            }
            changed = new State(available, clock.instant(), problem);
            state = changed;
        }
        if (available) {
            log.warn("PostgreSQL answers again; scaling and changes resume");
        } else {
            log.error("PostgreSQL unavailable, scaling and changes are paused: {}", problem);
        }
        listeners.forEach(listener -> notify(listener, changed));
    }

    private static void notify(Consumer<State> listener, State changed) {
        try {
            listener.accept(changed);
        } catch (RuntimeException e) {
            log.warn("A database availability listener failed", e);
        }
    }

    @Override
    public void destroy() {
        checker.shutdownNow();
    }
}
