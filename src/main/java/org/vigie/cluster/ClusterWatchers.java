package org.vigie.cluster;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Service;

/** Starts and stops one {@link ClusterWatch} per configured cluster, with the application. */
@Service
public class ClusterWatchers implements SmartLifecycle {

    private final ClusterConnections connections;
    private final ObjectProvider<ClusterChangeListener> listeners;
    private final Clock clock;
    private final Map<String, ClusterWatch> watches = new LinkedHashMap<>();
    private volatile CompletableFuture<Void> synced = new CompletableFuture<>();
    private volatile boolean running;

    ClusterWatchers(ClusterConnections connections, ObjectProvider<ClusterChangeListener> listeners, Clock clock) {
        this.connections = connections;
        this.listeners = listeners;
        this.clock = clock;
    }

    @Override
    public synchronized void start() {
        ClusterChangeListener fanOut = new ClusterChangeListener() {
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
        running = true;
    }

    @Override
    public synchronized void stop() {
        watches.values().forEach(ClusterWatch::close);
        watches.clear();
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    public Optional<ClusterCache> cache(String cluster) {
        return Optional.ofNullable(watches.get(cluster));
    }

    /** Completes when every cluster's caches have listed their objects once. */
    public CompletableFuture<Void> synced() {
        return synced;
    }
}
