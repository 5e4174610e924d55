package org.vigie.cluster;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Service;

/** Starts and stops one {@link ClusterWatch} per configured cluster, with the application. */
@Service
public class ClusterWatchers implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ClusterWatchers.class);

    private final ClusterConnections connections;
    private final ObjectProvider<ClusterChangeListener> listeners;
    private final Clock clock;
    private final ClusterApiProperties api;
    private final Map<String, ClusterWatch> watches = new ConcurrentHashMap<>();
    private final Map<String, Integer> restarts = new ConcurrentHashMap<>();
    private ClusterChangeListener fanOut;
    private ScheduledExecutorService heartbeats;
    private volatile CompletableFuture<Void> synced = new CompletableFuture<>();
    private volatile boolean running;

    ClusterWatchers(ClusterConnections connections, ObjectProvider<ClusterChangeListener> listeners, Clock clock,
            ClusterApiProperties api) {
        this.connections = connections;
        this.listeners = listeners;
        this.clock = clock;
        this.api = api;
    }

    @Override
    public synchronized void start() {
        fanOut = new ClusterChangeListener() {
            @Override
            public void tenantChanged(String cluster, String tenant) {
                listeners.forEach(l -> l.tenantChanged(cluster, tenant));
            }

            @Override
            public void clusterChanged(String cluster) {
                listeners.forEach(l -> l.clusterChanged(cluster));
            }
        };
        for (String name : connections.names()) {
            watches.put(name, new ClusterWatch(name, connections.client(name).orElseThrow(), fanOut, clock));
        }
        synced = CompletableFuture.allOf(watches.values().stream()
                .map(ClusterWatch::start).toArray(CompletableFuture[]::new));
        heartbeats = Executors.newScheduledThreadPool(1, Thread.ofVirtual().name("cluster-heartbeat-", 0).factory());
        long interval = api.heartbeatInterval().toMillis();
        long check = api.watchCheckInterval().toMillis();
        List<String> names = List.copyOf(watches.keySet());
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            heartbeats.scheduleWithFixedDelay(() -> Thread.startVirtualThread(() -> heartbeat(name)),
                    staggered(interval, i, names.size()), interval, TimeUnit.MILLISECONDS);
            heartbeats.scheduleWithFixedDelay(() -> checkWatch(name), staggered(check, i, names.size()), check,
                    TimeUnit.MILLISECONDS);
        }
        running = true;
    }

    /**
     * The first run of cluster {@code index} of {@code count}, spread over one period: the watch checks list
     * every Deployment, and twenty clusters listing at the same instant took the two cores for seconds.
     */
    static long staggered(long period, int index, int count) {
        return period + period * index / count;
    }

    /** Each on a thread of its own: a cluster slow to answer must not make the others look silent. */
    private void heartbeat(String name) {
        cache(name).ifPresent(c -> ((ClusterWatch) c).heartbeat());
    }

    /** A stalled watch is replaced by new informers, which list everything afresh (decision 0026). */
    private synchronized void checkWatch(String name) {
        ClusterWatch watch = watches.get(name);
        if (running && watch != null && watch.watchStalled()) {
            log.warn("Cluster {}: a watch stopped delivering events although the API server answers; restarting "
                    + "its informers", name);
            watch.close();
            ClusterWatch fresh = new ClusterWatch(name, connections.client(name).orElseThrow(), fanOut, clock);
            watches.put(name, fresh);
            restarts.merge(name, 1, Integer::sum);
            fresh.start();
        }
    }

    /** How many times the informers of a cluster were restarted because a watch had stalled. */
    public int restarts(String cluster) {
        return restarts.getOrDefault(cluster, 0);
    }

    @Override
    public synchronized void stop() {
        if (heartbeats != null) {
            heartbeats.shutdownNow();
        }
        watches.values().forEach(ClusterWatch::close);
        watches.clear();
        running = false;
    }

    /** Started before the web server, stopped after its graceful shutdown has let requests finish. */
    @Override
    public int getPhase() {
        return WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE - 1;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    public Optional<ClusterCache> cache(String cluster) {
        return Optional.ofNullable(watches.get(cluster));
    }

    /**
     * How long the cluster has not answered, when that is longer than {@link ClusterApiProperties#silentAfter()}
     * (or it never answered); empty while it answers.
     */
    public Optional<Duration> silence(String cluster) {
        Instant confirmed = cache(cluster).map(ClusterCache::confirmedAt).orElse(null);
        if (confirmed == null) {
            return Optional.of(Duration.ZERO);
        }
        Duration silent = Duration.between(confirmed, clock.instant());
        return silent.compareTo(api.silentAfter()) > 0 ? Optional.of(silent) : Optional.empty();
    }

    /** Completes when every cluster's caches have listed their objects once. */
    public CompletableFuture<Void> synced() {
        return synced;
    }
}
