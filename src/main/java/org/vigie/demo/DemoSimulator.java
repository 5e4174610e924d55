package org.vigie.demo;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.vigie.cluster.ClusterCache;
import org.vigie.cluster.ClusterConnections;
import org.vigie.cluster.ClusterWatchers;
import org.vigie.health.FleetSnapshotPublisher;
import org.vigie.tenant.Tenant;
import org.vigie.tenant.TenantCatalogue;

/**
 * Plays the controllers the embedded clusters lack: on each tick it lets the autoscaler, the
 * Deployment controller, the kubelet and the quota controller catch up with what was asked of them.
 */
final class DemoSimulator implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DemoSimulator.class);
    private static final long TRAFFIC_REFRESH_TICKS = 30;

    private final TenantCatalogue catalogue;
    private final ClusterConnections connections;
    private final ClusterWatchers watchers;
    private final FleetSnapshotPublisher publisher;
    private final DemoProperties properties;
    private final Clock clock;
    private final DeploymentController deployments;
    private ScheduledExecutorService ticker;
    private long ticks;
    private volatile boolean running;

    DemoSimulator(TenantCatalogue catalogue, ClusterConnections connections, ClusterWatchers watchers,
            FleetSnapshotPublisher publisher, DemoProperties properties, Clock clock) {
        this.catalogue = catalogue;
        this.connections = connections;
        this.watchers = watchers;
        this.publisher = publisher;
        this.properties = properties;
        this.clock = clock;
        this.deployments = new DeploymentController(properties.readinessDelay());
    }

    /** Also called again when a stopped context is restarted (the test context cache pauses contexts). */
    @Override
    public void start() {
        ticker = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("demo-simulator").daemon().factory());
        long period = properties.tick().toMillis();
        ticker.scheduleWithFixedDelay(this::tick, period, period, TimeUnit.MILLISECONDS);
        running = true;
        log.info("Demo simulator started: {} tenant(s), readiness delay {}, surge factor ×{}",
                catalogue.all().size(), properties.readinessDelay(), properties.surgeFactor());
    }

    private void tick() {
        Instant now = clock.instant();
        for (Tenant tenant : catalogue.all()) {
            ClusterCache cache = watchers.cache(tenant.cluster()).filter(ClusterCache::synced).orElse(null);
            KubernetesClient client = connections.client(tenant.cluster()).orElse(null);
            if (cache == null || client == null) {
                continue;
            }
            try {
                AutoscalerController.reconcile(tenant, cache, client, publisher.current());
                deployments.reconcile(tenant, cache, client, now);
                QuotaController.reconcile(tenant, cache, client);
            } catch (KubernetesClientException e) {
                log.debug("Demo simulator: {} will be retried next tick: {}", tenant.name(), e.getMessage());
            } catch (RuntimeException e) {
                log.warn("Demo simulator failed on {}", tenant.name(), e);
            }
        }
        if (++ticks % TRAFFIC_REFRESH_TICKS == 0) {
            publisher.refreshAll();
        }
    }

    @Override
    public void stop() {
        if (ticker != null) {
            ticker.shutdownNow();
        }
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    static boolean inNamespace(Tenant tenant, HasMetadata object) {
        return tenant.namespace().equals(object.getMetadata().getNamespace());
    }
}
