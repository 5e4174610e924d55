package org.vigie.health;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.MultiGauge.Row;
import io.micrometer.core.instrument.Tags;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * The gauge {@code vigie_tenants_reason{cluster, code}}: how many tenants of a cluster carry a reason
 * code right now (zero included, so that an alert sees the series before it fires). Alerts on
 * {@code CLUSTER_UNAVAILABLE} or {@code DATA_STALE} then follow exactly the health model the board
 * shows, instead of re-deriving it in PromQL.
 */
@Component
class ReasonMetrics {

    private final FleetSnapshotPublisher publisher;
    private final MultiGauge tenantsWithReason;
    private List<String> registeredClusters = List.of();

    ReasonMetrics(MeterRegistry meters, FleetSnapshotPublisher publisher) {
        this.publisher = publisher;
        this.tenantsWithReason = MultiGauge.builder("vigie.tenants.reason")
                .description("Tenants of the cluster whose health carries the reason code")
                .register(meters);
        publisher.subscribe(this::registerIfClustersChanged);
    }

    private void registerIfClustersChanged(FleetSnapshot snapshot) {
        TreeSet<String> names = new TreeSet<>(snapshot.clusters().keySet());
        snapshot.tenants().forEach(t -> names.add(t.tenant().cluster()));
        List<String> clusters = List.copyOf(names);
        if (clusters.equals(registeredClusters)) {
            return;
        }
        List<Row<?>> rows = new ArrayList<>();
        for (String cluster : clusters) {
            for (ReasonCode code : ReasonCode.values()) {
                rows.add(Row.of(Tags.of("cluster", cluster, "code", code.name()), publisher,
                        p -> count(p.current(), cluster, code)));
            }
        }
        tenantsWithReason.register(rows, true);
        registeredClusters = clusters;
    }

    static long count(FleetSnapshot snapshot, String cluster, ReasonCode code) {
        return snapshot.tenants().stream()
                .filter(t -> t.tenant().cluster().equals(cluster))
                .filter(t -> t.health().reasons().stream().anyMatch(r -> r.code() == code))
                .count();
    }
}
