package org.vigie.fleet;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The whole fleet at one moment, immutable, handed to every reader. {@code tenants} keeps the
 * catalogue order (region, then name).
 */
public record FleetSnapshot(long version, Instant generatedAt, List<TenantState> tenants,
        Map<String, ClusterStatus> clusters) {

    public FleetSnapshot {
        tenants = List.copyOf(tenants);
        clusters = Map.copyOf(clusters);
    }

    static FleetSnapshot empty(Instant at) {
        return new FleetSnapshot(0, at, List.of(), Map.of());
    }

    public Optional<TenantState> tenant(String name) {
        return tenants.stream().filter(t -> t.tenant().name().equals(name)).findFirst();
    }

    /** Tenants grouped by region, regions in alphabetical order. */
    public Map<String, List<TenantState>> byRegion() {
        return tenants.stream().collect(Collectors.groupingBy(t -> t.tenant().region(), TreeMap::new,
                Collectors.toList()));
    }

    /** What Vigie knows of one cluster's connection. */
    public record ClusterStatus(String name, boolean configured, boolean synced, boolean watching,
            Instant lastContact) {
    }
}
