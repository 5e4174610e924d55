package org.vigie.health;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The whole fleet at one moment, immutable, handed to every reader. {@code tenants} keeps the
 * catalogue order (region, then name); lookups by name are constant-time.
 */
public final class FleetSnapshot {

    private final long version;
    private final Instant generatedAt;
    private final List<TenantState> tenants;
    private final Map<String, TenantState> byName;
    private final Map<String, ClusterStatus> clusters;

    public FleetSnapshot(long version, Instant generatedAt, List<TenantState> tenants,
            Map<String, ClusterStatus> clusters) {
        this.version = version;
        this.generatedAt = generatedAt;
        this.tenants = List.copyOf(tenants);
        this.clusters = Map.copyOf(clusters);
        Map<String, TenantState> index = new LinkedHashMap<>();
        this.tenants.forEach(t -> index.put(t.tenant().name(), t));
        this.byName = index;
    }

    static FleetSnapshot empty(Instant at) {
        return new FleetSnapshot(0, at, List.of(), Map.of());
    }

    public long version() {
        return version;
    }

    public Instant generatedAt() {
        return generatedAt;
    }

    public List<TenantState> tenants() {
        return tenants;
    }

    public Map<String, ClusterStatus> clusters() {
        return clusters;
    }

    public Optional<TenantState> tenant(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /**
     * The worst status of the region's tenants in service (those being onboarded or suspended are no
     * outage), GREY for a region without any.
     */
    public Status regionStatus(String region) {
        return tenants.stream().filter(t -> t.tenant().region().equals(region) && t.inService())
                .map(TenantState::status).reduce(Status::worst).orElse(Status.GREY);
    }

    /** Tenants grouped by region, regions in alphabetical order. */
    public Map<String, List<TenantState>> byRegion() {
        return tenants.stream().collect(Collectors.groupingBy(t -> t.tenant().region(), TreeMap::new,
                Collectors.toList()));
    }

    /** What Vigie knows of one cluster's connection. */
    public record ClusterStatus(String name, boolean configured, boolean synced, boolean watching,
            Instant lastContact, Instant confirmedAt, boolean refused) {

        public ClusterStatus(String name, boolean configured, boolean synced, boolean watching, Instant lastContact,
                Instant confirmedAt) {
            this(name, configured, synced, watching, lastContact, confirmedAt, false);
        }
    }
}
