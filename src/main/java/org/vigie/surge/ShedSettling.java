package org.vigie.surge;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.vigie.health.FleetSnapshotPublisher;
import org.vigie.health.QuotaUsage;
import org.vigie.health.ServiceState;
import org.vigie.health.TenantState;
import org.vigie.quota.QuotaCheck;

/**
 * Scaling a service down frees quota only once its pods are gone, and the scaling service checks a
 * raise against the quota use the cluster reports. Within one run (apply or revert), before raising a
 * tenant's service after lowering others of that tenant, wait (at most {@code timeout}) until the
 * lowered services' pods are gone and the reported quota use no longer counts them.
 */
final class ShedSettling {

    private final FleetSnapshotPublisher fleet;
    private final Duration timeout;
    private final Map<String, Map<String, Integer>> lowered = new HashMap<>();

    ShedSettling(FleetSnapshotPublisher fleet, Duration timeout) {
        this.fleet = fleet;
        this.timeout = timeout;
    }

    /** Call after a service of a tenant was scaled down to {@code to} (its Deployment, not an HPA). */
    void lowered(String tenant, String service, int to, boolean autoscaled) {
        if (!autoscaled) {
            lowered.computeIfAbsent(tenant, t -> new HashMap<>()).put(service, to);
        }
    }

    /** Call before scaling a service: waits when it is a raise and services of that tenant were lowered. */
    void beforeScaling(String tenant, String service, int to) {
        Optional<ServiceState> current = fleet.current().tenant(tenant).flatMap(t -> t.service(service));
        boolean raise = current.map(s -> to > (s.autoscaler() != null ? s.autoscaler().minReplicas() : s.desired()))
                .orElse(false);
        Map<String, Integer> pending = lowered.get(tenant);
        if (raise && pending != null) {
            await(tenant, pending);
            lowered.remove(tenant);
        }
    }

    private void await(String tenant, Map<String, Integer> pending) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && !fleet.current().tenant(tenant).map(t -> settled(t, pending)).orElse(true)) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The lowered services run no more pods than asked, and the quota use counts no more than the pods there are. */
    private static boolean settled(TenantState tenant, Map<String, Integer> pending) {
        boolean podsGone = pending.entrySet().stream().allMatch(e -> tenant.service(e.getKey())
                .map(s -> s.pods() <= e.getValue()).orElse(true));
        return podsGone && tenant.quota().stream().allMatch(q -> q.used() == null
                || q.used().compareTo(podsRequest(tenant, q.resource())) <= 0);
    }

    private static BigDecimal podsRequest(TenantState tenant, QuotaUsage.Resource resource) {
        return tenant.services().stream().map(s -> QuotaCheck.perReplica(s.spec(), resource)
                .multiply(BigDecimal.valueOf(s.pods()))).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
