package org.vigie.incident;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Service;
import org.vigie.incident.PublicNotices.OpenIncident;
import org.vigie.incident.PublicNotices.Update;

/**
 * The {@link PublicNotices} every reader shares, read again from PostgreSQL every few seconds (so a
 * change written by another console shows here too) and at once after a write on this one. When the
 * database does not answer, the last notices read stay.
 */
@Service
public class OpenIncidents implements SmartLifecycle {

    static final Duration REFRESH = Duration.ofSeconds(5);
    private static final Logger log = LoggerFactory.getLogger(OpenIncidents.class);

    private final IncidentRepository incidents;
    private final MaintenanceRepository maintenance;
    private final Clock clock;
    private final AtomicReference<PublicNotices> current = new AtomicReference<>(PublicNotices.NONE);
    private volatile ScheduledExecutorService ticker;

    OpenIncidents(IncidentRepository incidents, MaintenanceRepository maintenance, Clock clock) {
        this.incidents = incidents;
        this.maintenance = maintenance;
        this.clock = clock;
    }

    public PublicNotices current() {
        return current.get();
    }

    /** Reads the notices again now; keeps the last ones if PostgreSQL does not answer. */
    public synchronized PublicNotices refresh() {
        try {
            var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            Map<Long, List<Update>> updates = new LinkedHashMap<>();
            incidents.openPublicUpdates().forEach(e -> updates.computeIfAbsent(e.incident(), k -> new ArrayList<>())
                    .add(new Update(e.at(), e.text())));
            List<OpenIncident> open = incidents.list(true, 500).stream().map(i -> new OpenIncident(i.reference(),
                    i.title(), i.state().name(), i.tenants(), updates.getOrDefault(i.id(), List.of()))).toList();
            PublicNotices next = PublicNotices.of(now, open, maintenance.notOverAt(now));
            PublicNotices before = current.get();
            if (!next.version().equals(before.version())) {
                current.set(next);
            } else if (before.at().isBefore(now)) {
                current.compareAndSet(before, new PublicNotices(now, before.incidents(), before.maintenance(),
                        before.version()));
            }
        } catch (RuntimeException e) {
            log.debug("incident notices not refreshed: {}", e.getMessage());
        }
        return current.get();
    }

    @Override
    public synchronized void start() {
        if (ticker == null) {
            ticker = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("incident-notices").daemon()
                    .factory());
            ticker.scheduleWithFixedDelay(this::refresh, 0, REFRESH.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public synchronized void stop() {
        if (ticker != null) {
            ticker.shutdownNow();
            ticker = null;
        }
    }

    @Override
    public boolean isRunning() {
        return ticker != null;
    }
}
