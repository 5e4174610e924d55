package org.vigie.cluster;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code clusterCaches} health indicator, part of readiness: a replica takes traffic once every
 * cluster's caches have listed their objects once, so that a new pod never serves a board built
 * from empty caches. A cluster that has not synced within {@code vigie.cluster-api.readiness-grace}
 * no longer holds readiness back (its tenants show GREY): a console kept out of service because one
 * watched cluster is down would be missing exactly when it is needed. Losing a cluster after its
 * first sync never changes readiness, and this indicator is never part of liveness.
 */
@Component("clusterCaches")
class ClusterCachesHealthIndicator implements HealthIndicator {

    private final ClusterConnections connections;
    private final ClusterWatchers watchers;
    private final Clock clock;
    private final Duration grace;
    private final Instant started;

    ClusterCachesHealthIndicator(ClusterConnections connections, ClusterWatchers watchers, Clock clock,
            @Value("${vigie.cluster-api.readiness-grace:2m}") Duration grace) {
        this.connections = connections;
        this.watchers = watchers;
        this.clock = clock;
        this.grace = grace;
        this.started = clock.instant();
    }

    @Override
    public Health health() {
        Map<String, Object> clusters = new LinkedHashMap<>();
        List<String> pending = connections.names().stream().filter(name -> !syncedOnce(name)).toList();
        connections.names().forEach(name -> clusters.put(name, state(name)));
        if (pending.isEmpty()) {
            return Health.up().withDetail("clusters", clusters).build();
        }
        Duration waited = Duration.between(started, clock.instant());
        if (waited.compareTo(grace) < 0) {
            return Health.outOfService().withDetail("clusters", clusters)
                    .withDetail("waitingFor", pending)
                    .withDetail("reason", "caches not synced yet; ready when they are, or after " + grace.toSeconds()
                            + " s at most (vigie.cluster-api.readiness-grace)")
                    .build();
        }
        return Health.up().withDetail("clusters", clusters).withDetail("neverSynced", pending)
                .withDetail("reason", "not synced within " + grace.toSeconds() + " s: their tenants show GREY")
                .build();
    }

    private boolean syncedOnce(String cluster) {
        return watchers.cache(cluster).map(ClusterCache::syncDuration).isPresent();
    }

    private String state(String cluster) {
        return watchers.cache(cluster).map(cache -> !syncedOnce(cluster) ? "not synced yet"
                : cache.synced() && cache.watching() ? "synced, watching" : "synced once, reconnecting")
                .orElse("not started");
    }
}
