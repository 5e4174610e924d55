package org.vigie.health;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

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
    private final Lazy<Map<String, List<TenantState>>> byRegion = new Lazy<>(() -> groupByRegion(tenants()));
    private final Lazy<Map<String, List<TenantState>>> boardByRegion = new Lazy<>(() -> groupByRegion(boardOrder()));
    private final Lazy<Map<String, Status>> regionStatuses = new Lazy<>(this::worstByRegion);
    private final Lazy<List<TenantState>> boardOrder = new Lazy<>(this::sortForBoards);

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
     * outage), GREY for a region without any. Computed once per snapshot, whatever the number of boards.
     */
    public Status regionStatus(String region) {
        return regionStatuses.get().getOrDefault(region, Status.GREY);
    }

    /** Tenants grouped by region (catalogue order within each), regions in alphabetical order; computed once. */
    public Map<String, List<TenantState>> byRegion() {
        return byRegion.get();
    }

    /**
     * The tenants in the boards' order (region, then display name), of one region or all ({@code null}):
     * sorted once per snapshot and shared by every open board.
     */
    public List<TenantState> boardOrder(String region) {
        return region == null ? boardOrder() : boardByRegion.get().getOrDefault(region, List.of());
    }

    private List<TenantState> boardOrder() {
        return boardOrder.get();
    }

    private static Map<String, List<TenantState>> groupByRegion(List<TenantState> ordered) {
        Map<String, List<TenantState>> grouped = new TreeMap<>();
        ordered.forEach(t -> grouped.computeIfAbsent(t.tenant().region(), r -> new ArrayList<>()).add(t));
        grouped.replaceAll((region, tenants) -> List.copyOf(tenants));
        return Collections.unmodifiableMap(grouped);
    }

    private Map<String, Status> worstByRegion() {
        Map<String, Status> worst = new HashMap<>();
        tenants.stream().filter(TenantState::inService)
                .forEach(t -> worst.merge(t.tenant().region(), t.status(), Status::worst));
        return Map.copyOf(worst);
    }

    private List<TenantState> sortForBoards() {
        return tenants.stream().sorted(Comparator.comparing((TenantState t) -> t.tenant().region())
                .thenComparing(t -> t.tenant().displayName())).toList();
    }

    /** A value computed at most once, on first use, by whichever thread asks first. */
    private static final class Lazy<T> {

        private final Supplier<T> compute;
        private volatile T value;

        Lazy(Supplier<T> compute) {
            this.compute = compute;
        }

        T get() {
            T known = value;
            if (known == null) {
                synchronized (this) {
                    known = value;
                    if (known == null) {
                        known = compute.get();
                        value = known;
                    }
                }
            }
            return known;
        }
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
