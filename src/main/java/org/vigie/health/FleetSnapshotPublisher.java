package org.vigie.health;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.vigie.cluster.ClusterCache;
import org.vigie.cluster.ClusterChangeListener;
import org.vigie.cluster.ClusterWatchers;
import org.vigie.health.FleetSnapshot.ClusterStatus;
import org.vigie.tenant.CatalogueReloaded;
import org.vigie.tenant.Tenant;
import org.vigie.tenant.TenantCatalogue;

/**
 * Keeps the current {@link FleetSnapshot}. Cluster events mark tenants dirty; one thread rebuilds
 * the snapshot shortly after, re-evaluating only the dirty tenants, and hands it to subscribers.
 * Bursts of events (a rollout, a resync) are coalesced into one rebuild.
 */
@Service
public class FleetSnapshotPublisher implements ClusterChangeListener, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(FleetSnapshotPublisher.class);
    private static final long COALESCE_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    private final TenantCatalogue catalogue;
    private final ClusterWatchers watchers;
    private final ObjectProvider<SessionLoad> sessionLoad;
    private final ProbeResults probes;
    private final HealthEvaluator evaluator;
    private final Clock clock;
    private final AtomicReference<FleetSnapshot> current;
    private final Set<String> dirtyTenants = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean everythingDirty = new AtomicBoolean(true);
    private final AtomicBoolean rebuildScheduled = new AtomicBoolean();
    private volatile long lastRebuildStart = System.nanoTime() - COALESCE_NANOS;
    private final List<Consumer<FleetSnapshot>> subscribers = new CopyOnWriteArrayList<>();
    private final Timer rebuildTimer;
    private final ScheduledExecutorService rebuilder = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("fleet-snapshot").daemon().factory());
    /** Apart from the rebuilds: at 5,000 tenants a check takes tens of milliseconds a change must not wait for. */
    private final ScheduledExecutorService freshness = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("fleet-freshness").daemon().factory());

    FleetSnapshotPublisher(TenantCatalogue catalogue, ClusterWatchers watchers, ObjectProvider<SessionLoad> sessionLoad,
            ProbeResults probes, HealthEvaluator evaluator, Clock clock, MeterRegistry meters) {
        this.probes = probes;
        this.evaluator = evaluator;
        this.rebuildTimer = Timer.builder("vigie.fleet.snapshot.rebuild")
                .description("Time to rebuild the fleet snapshot after a change")
                .register(meters);
        this.catalogue = catalogue;
        this.watchers = watchers;
        this.sessionLoad = sessionLoad;
        this.clock = clock;
        this.current = new AtomicReference<>(FleetSnapshot.empty(clock.instant()));
        scheduleRebuild();
        freshness.scheduleWithFixedDelay(this::checkFreshness, 1, 1, TimeUnit.SECONDS);
    }

    public FleetSnapshot current() {
        return current.get();
    }

    /** Calls {@code subscriber} with every new snapshot, on the rebuild thread; returns how to stop. */
    public Runnable subscribe(Consumer<FleetSnapshot> subscriber) {
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }

    /** Marks one tenant for re-evaluation: its objects, probe or load changed. */
    @Override
    public void tenantChanged(String cluster, String tenant) {
        dirtyTenants.add(tenant);
        scheduleRebuild();
    }

    @Override
    public void clusterChanged(String cluster) {
        catalogue.all().stream().filter(t -> t.cluster().equals(cluster)).forEach(t -> dirtyTenants.add(t.name()));
        scheduleRebuild();
    }

    @EventListener
    void catalogueReloaded(CatalogueReloaded reloaded) {
        refreshAll();
    }

    /** Re-evaluates every tenant: after a catalogue change, or when the load figures move. */
    public void refreshAll() {
        everythingDirty.set(true);
        scheduleRebuild();
    }

    /** A change after a quiet spell is rebuilt at once; the changes that follow within 50 ms wait for one rebuild. */
    private void scheduleRebuild() {
        if (rebuildScheduled.compareAndSet(false, true)) {
            long wait = Math.max(0, lastRebuildStart + COALESCE_NANOS - System.nanoTime());
            rebuilder.schedule(this::rebuildSafely, wait, TimeUnit.NANOSECONDS);
        }
    }

    private void rebuildSafely() {
        lastRebuildStart = System.nanoTime();
        rebuildScheduled.set(false);
        try {
            FleetSnapshot snapshot = rebuildTimer.record(this::rebuild);
            current.set(snapshot);
            subscribers.forEach(s -> notify(s, snapshot));
        } catch (RuntimeException e) {
            log.error("Fleet snapshot rebuild failed; keeping the previous one", e);
        }
    }

    private static void notify(Consumer<FleetSnapshot> subscriber, FleetSnapshot snapshot) {
        try {
            subscriber.accept(snapshot);
        } catch (RuntimeException e) {
            log.warn("A fleet snapshot subscriber failed", e);
        }
    }

    private FleetSnapshot rebuild() {
        boolean all = everythingDirty.getAndSet(false);
        Set<String> dirty = drainDirty();
        FleetSnapshot previous = current.get();
        Instant now = clock.instant();
        Map<String, ClusterStatus> clusters = clusterStatuses();
        SessionLoad load = sessionLoad.getIfAvailable();
        List<TenantState> states = new ArrayList<>();
        for (Tenant tenant : catalogue.all()) {
            TenantState before = previous.tenant(tenant.name()).orElse(null);
            boolean reuse = !all && before != null && !dirty.contains(tenant.name())
                    && (before.tenant() == tenant || before.tenant().equals(tenant));
            states.add(reuse ? before : evaluate(tenant, load, clusters, now));
        }
        return new FleetSnapshot(previous.version() + 1, now, states, clusters);
    }

    private TenantState evaluate(Tenant tenant, SessionLoad load, Map<String, ClusterStatus> clusters, Instant now) {
        TenantState state = TenantStateBuilder.build(tenant, watchers.cache(tenant.cluster()).orElse(null),
                load == null ? null : load.sessions(tenant), probes.summary(tenant.name()), now);
        return state.withHealth(evaluator.evaluate(state, clusters.get(tenant.cluster()), now));
    }

    /**
     * Time alone can change a verdict (data ages past the staleness limit), a cluster's connection
     * can change without any object event, and probes report continuously: re-judge every tenant
     * each second with its latest probe and rebuild only those whose colour or reasons would differ.
     */
    private void checkFreshness() {
        try {
            FleetSnapshot snapshot = current.get();
            Instant now = clock.instant();
            Map<String, ClusterStatus> clusters = clusterStatuses();
            for (TenantState state : snapshot.tenants()) {
                String cluster = state.tenant().cluster();
                TenantHealth again = evaluator.evaluate(state.withProbe(probes.summary(state.tenant().name())),
                        clusters.get(cluster), now);
                if (!sameVerdict(again, state.health())
                        || !sameConnection(clusters.get(cluster), snapshot.clusters().get(cluster))) {
                    dirtyTenants.add(state.tenant().name());
                }
            }
            if (!dirtyTenants.isEmpty()) {
                scheduleRebuild();
            }
        } catch (RuntimeException e) {
            log.warn("Freshness check failed", e);
        }
    }

    private static boolean sameVerdict(TenantHealth a, TenantHealth b) {
        return a.status() == b.status()
                && a.reasons().stream().map(Reason::code).toList().equals(b.reasons().stream().map(Reason::code).toList());
    }

    private static boolean sameConnection(ClusterStatus a, ClusterStatus b) {
        return a != null && b != null && a.configured() == b.configured() && a.synced() == b.synced()
                && a.watching() == b.watching();
    }

    private Set<String> drainDirty() {
        Set<String> drained = new java.util.HashSet<>();
        for (String name : dirtyTenants) {
            if (dirtyTenants.remove(name)) {
                drained.add(name);
            }
        }
        return drained;
    }

    private Map<String, ClusterStatus> clusterStatuses() {
        Map<String, ClusterStatus> statuses = new HashMap<>();
        for (Tenant tenant : catalogue.all()) {
            statuses.computeIfAbsent(tenant.cluster(), name -> watchers.cache(name)
                    .map(FleetSnapshotPublisher::status)
                    .orElse(new ClusterStatus(name, false, false, false, null, null)));
        }
        return statuses;
    }

    private static ClusterStatus status(ClusterCache cache) {
        return new ClusterStatus(cache.cluster(), true, cache.synced(), cache.watching(), cache.lastContact(),
                cache.confirmedAt(), cache.refused());
    }

    @Override
    public void destroy() {
        freshness.shutdownNow();
        rebuilder.shutdownNow();
    }
}
