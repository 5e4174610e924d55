package org.vigie.fleet;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.vigie.tenant.Tenant;

/** A tenant as its cluster shows it: its services' replicas, its quota usage, its load. */
public record TenantState(Tenant tenant, List<ServiceState> services, List<QuotaUsage> quota,
        Long sessions, Instant observedAt) {

    public TenantState {
        services = List.copyOf(services);
        quota = List.copyOf(quota);
    }

    public Optional<ServiceState> service(String name) {
        return services.stream().filter(s -> s.spec().name().equals(name)).findFirst();
    }

    public Optional<QuotaUsage> quota(QuotaUsage.Resource resource) {
        return quota.stream().filter(q -> q.resource() == resource).findFirst();
    }

    /** Concurrent sessions the ready replicas of the front services can serve. */
    public long sessionCapacity() {
        return service("portal").map(ServiceState::ready).orElse(0) * (long) tenant.capacity().sessionsPerReplica();
    }
}
