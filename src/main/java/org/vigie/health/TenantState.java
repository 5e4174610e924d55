package org.vigie.health;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.vigie.tenant.ServiceSpec;
import org.vigie.tenant.Tenant;

/**
 * A tenant as its cluster and its probe show it (services, quota, load), and the health evaluated
 * from that. {@code sessions} and {@code probe} are null when unknown.
 */
public record TenantState(Tenant tenant, List<ServiceState> services, List<QuotaUsage> quota,
        Long sessions, ProbeSummary probe, Instant observedAt, TenantHealth health) {

    public TenantState {
        services = List.copyOf(services);
        quota = List.copyOf(quota);
    }

    public Status status() {
        return health.status();
    }

    public Optional<ServiceState> service(String name) {
        return services.stream().filter(s -> s.spec().name().equals(name)).findFirst();
    }

    public Optional<QuotaUsage> quota(QuotaUsage.Resource resource) {
        return quota.stream().filter(q -> q.resource() == resource).findFirst();
    }

    /**
     * Concurrent sessions the tenant can serve now: its weakest critical service's ready replicas
     * times the sessions one replica serves. Empty when the tenant has no critical service.
     */
    public OptionalLong sessionCapacity() {
        return bottleneck().stream().mapToLong(s -> (long) s.ready() * tenant.capacity().sessionsPerReplica()).min();
    }

    /** The critical service with the fewest ready replicas: the one that limits the sessions the tenant can serve. */
    public Optional<ServiceState> bottleneck() {
        return services.stream()
                .filter(s -> s.spec().priority() == ServiceSpec.Priority.CRITICAL)
                .min(Comparator.comparingInt(ServiceState::ready));
    }

    TenantState withProbe(ProbeSummary latest) {
        return new TenantState(tenant, services, quota, sessions, latest, observedAt, health);
    }

    TenantState withHealth(TenantHealth evaluated) {
        return new TenantState(tenant, services, quota, sessions, probe, observedAt, evaluated);
    }

    /** False while the tenant is being onboarded or is suspended: whatever its health, it is no outage. */
    public boolean inService() {
        return tenant.lifecycle() == Tenant.Lifecycle.ACTIVE;
    }
}
