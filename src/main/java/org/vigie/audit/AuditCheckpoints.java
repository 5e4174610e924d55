package org.vigie.audit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

/**
 * Publishes a signed checkpoint of the chain outside the database, every {@code checkpoint-interval}:
 * an INFO log line holding the checkpoint's JSON (when the chain has changed) and the gauge
 * {@code vigie_audit_records}, which Prometheus keeps as a history of the count.
 */
@Component
class AuditCheckpoints {

    private static final Logger log = LoggerFactory.getLogger(AuditCheckpoints.class);

    private final AuditLog audit;
    private final AuditProperties properties;
    private final AtomicLong records = new AtomicLong(-1);
    private final AtomicReference<String> lastHead = new AtomicReference<>();
    private ScheduledExecutorService scheduler;

    AuditCheckpoints(AuditLog audit, AuditProperties properties, MeterRegistry meters) {
        this.audit = audit;
        this.properties = properties;
        Gauge.builder("vigie.audit.records", records, AtomicLong::get)
                .description("Records in the audit chain at the last checkpoint (-1 before the first)")
                .register(meters);
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon()
                .name("audit-checkpoint").factory());
        long every = properties.checkpointInterval().toMillis();
        scheduler.scheduleWithFixedDelay(this::publishSafely, 0, every, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    /** Takes a checkpoint now, updates the gauge, and logs it if the chain moved since the last one. */
    AuditCheckpoint publish() {
        AuditCheckpoint checkpoint = audit.checkpoint();
        records.set(checkpoint.records());
        if (!checkpoint.head().equals(lastHead.getAndSet(checkpoint.head()))) {
            log.info("Audit checkpoint (keep it outside the database; give it to verify): {}", checkpoint.json());
        }
        return checkpoint;
    }

    private void publishSafely() {
        try {
            publish();
        } catch (DataAccessException | TransactionException e) {
            log.warn("Audit checkpoint skipped, PostgreSQL unavailable: {}", e.getMessage());
        } catch (RuntimeException e) {
            log.error("Audit checkpoint failed", e);
        }
    }
}
