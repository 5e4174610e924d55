package org.vigie.audit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

/**
 * Verifies the whole chain every {@code vigie.audit.verify-interval} (against the checkpoint taken
 * after the previous verification, so that a deleted tail shows too) and exports the verdict as the
 * gauge {@code vigie_audit_chain_intact}: 1 intact, 0 broken, NaN not verified yet (or PostgreSQL
 * unavailable at the first attempt). A broken chain is logged as an error with its headline.
 */
@Component
class AuditChainMonitor {

    private static final Logger log = LoggerFactory.getLogger(AuditChainMonitor.class);

    private final AuditLog audit;
    private final Duration interval;
    private final AtomicReference<Double> intact = new AtomicReference<>(Double.NaN);
    private volatile AuditCheckpoint lastCheckpoint;
    private ScheduledExecutorService scheduler;

    AuditChainMonitor(AuditLog audit, MeterRegistry meters, @Value("${vigie.audit.verify-interval:10m}") Duration interval) {
        this.audit = audit;
        this.interval = interval;
        Gauge.builder("vigie.audit.chain.intact", intact, AtomicReference::get)
                .description("1 if the last verification of the audit chain found it intact, 0 if broken, NaN before the first")
                .register(meters);
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon()
                .name("audit-verify").factory());
        scheduler.scheduleWithFixedDelay(this::verifySafely, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    /** Verifies now and updates the gauge. */
    AuditVerification verify() {
        AuditVerification result = audit.verify(lastCheckpoint);
        intact.set(result.ok() ? 1.0 : 0.0);
        if (result.ok()) {
            lastCheckpoint = audit.checkpoint();
        } else {
            log.error("Audit chain verification failed: {} ({})", result.headline(), result.proof());
        }
        return result;
    }

    private void verifySafely() {
        try {
            verify();
        } catch (DataAccessException | TransactionException e) {
            log.warn("Audit chain verification skipped, PostgreSQL unavailable: {}", e.getMessage());
        } catch (RuntimeException e) {
            log.error("Audit chain verification failed to run", e);
        }
    }
}
