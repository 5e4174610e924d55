package org.vigie.history;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;
import org.vigie.health.FleetSnapshot;
import org.vigie.health.FleetSnapshotPublisher;
import org.vigie.health.Reason;
import org.vigie.health.Status;
import org.vigie.health.TenantState;

/**
 * Appends every change of a tenant's colour to PostgreSQL, once however many consoles see it
 * (the repository skips what another console already wrote), and announces each one written. Snapshots are compared on the snapshot
 * thread; rows are written in batches on a thread of their own, so a slow or absent database never
 * holds the board back. While PostgreSQL is away, transitions wait in memory and are written when
 * it returns.
 */
@Component
class StatusHistoryRecorder implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(StatusHistoryRecorder.class);
    /** As long as readiness waits for a first sync ({@code vigie.cluster-api.readiness-grace}). */
    static final Duration WARM_UP = Duration.ofMinutes(2);

    private final StatusHistoryRepository repository;
    private final PendingTransitions pending;
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("status-history").daemon().factory());
    private final Map<String, StatusSince> last = new ConcurrentHashMap<>();
    private final Instant startedAt = Instant.now();
    private volatile boolean seeded;

    StatusHistoryRecorder(StatusHistoryRepository repository, FleetSnapshotPublisher publisher,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.pending = new PendingTransitions(repository, written -> events.publishEvent(new TransitionRecorded(written)));
        publisher.subscribe(this::compare);
        writer.scheduleWithFixedDelay(this::writeOrWait, 500, 500, TimeUnit.MILLISECONDS);
    }

    private void compare(FleetSnapshot snapshot) {
        if (!seeded) {
            last.putAll(lastRecorded());
            seeded = true;
        }
        for (TenantState state : snapshot.tenants()) {
            if (warmingUp(state, snapshot.generatedAt())) {
                continue;
            }
            StatusSince known = last.get(state.tenant().name());
            Status before = known == null ? null : known.status();
            if (before != state.status()) {
                last.put(state.tenant().name(), new StatusSince(state.status(), snapshot.generatedAt()));
                List<String> reasons = state.health().reasons().stream().map(r -> r.code() + ": " + r.message()).toList();
                if (!pending.add(new StatusTransition(state.tenant().name(), snapshot.generatedAt(), before,
                        state.status(), reasons))) {
                    log.error("Status history: {} transitions waiting for PostgreSQL; dropping the change of {}",
                            PendingTransitions.MAX, state.tenant().name());
                }
            }
        }
    }

    /**
     * A console that has just started has not observed the tenant yet: that GREY is about the console,
     * and would write an unknown episode into the history every time a replica starts beside others.
     */
    private boolean warmingUp(TenantState state, Instant at) {
        return state.status() == Status.GREY && at.isBefore(startedAt.plus(WARM_UP))
                && state.health().reasons().stream().allMatch(Reason::notObservedYet);
    }

    /** The tenant's colour as last seen, and since when; empty before its first snapshot. */
    Optional<StatusSince> current(String tenant) {
        return Optional.ofNullable(last.get(tenant));
    }

    private Map<String, StatusSince> lastRecorded() {
        try {
            return repository.lastStatuses();
        } catch (DataAccessException | TransactionException e) {
            log.warn("Status history: cannot read the last statuses ({}); every tenant starts a new entry",
                    e.getMessage());
            return Map.of();
        }
    }

    private void writeOrWait() {
        if (!pending.write()) {
            sleepBeforeRetry();
        }
    }

    private static void sleepBeforeRetry() {
        try {
            Thread.sleep(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Writes what is pending; used at shutdown and by tests. */
    void flush() {
        pending.flush();
    }

    @Override
    public void destroy() {
        writer.shutdown();
        try {
            writer.awaitTermination(2, TimeUnit.SECONDS);
            flush();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (pending.size() > 0) {
            log.warn("Status history: {} transition(s) not written at shutdown", pending.size());
        }
    }

}
