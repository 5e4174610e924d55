package org.vigie.surge;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;
import org.vigie.platform.DatabaseAvailability;

/**
 * The names of the plans in effect (being applied, applied, being reverted), for banners that ask every
 * second. Read from PostgreSQL every {@link #FRESH_FOR} on a thread of its own, never on the caller's:
 * a board's tick must not wait for the database. While it is away, the last answer stands.
 */
@Component
public class ActiveSurgePlans implements DisposableBean {

    static final Duration FRESH_FOR = Duration.ofSeconds(3);
    private static final Logger log = LoggerFactory.getLogger(ActiveSurgePlans.class);

    private final SurgeRepository repository;
    private final DatabaseAvailability database;
    private final ScheduledExecutorService reader = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("surge-plans-in-effect").daemon().factory());
    private volatile List<String> names = List.of();

    ActiveSurgePlans(SurgeRepository repository, DatabaseAvailability database) {
        this.repository = repository;
        this.database = database;
        reader.scheduleWithFixedDelay(this::read, 0, FRESH_FOR.toMillis(), TimeUnit.MILLISECONDS);
    }

    public List<String> names() {
        return names;
    }

    private void read() {
        if (!database.available()) {
            return;
        }
        try {
            names = repository.inEffect();
        } catch (DataAccessException | TransactionException e) {
            log.debug("Plans in effect not read, the last answer stands: {}", e.getMessage());
        } catch (RuntimeException e) {
            log.warn("Plans in effect not read", e);
        }
    }

    @Override
    public void destroy() {
        reader.shutdownNow();
    }
}
