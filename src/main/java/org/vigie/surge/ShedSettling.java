package org.vigie.surge;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.vigie.health.FleetSnapshotPublisher;
import org.vigie.health.QuotaUsage;
import org.vigie.health.QuotaUsage.Resource;
import org.vigie.health.TenantState;
import org.vigie.quota.QuotaCheck;

/**
 * A shed frees quota only once its pods are gone, and the scaling service checks a raise against the
 * quota use the cluster reports. Before raising a tenant's services after shedding some, wait (at
 * most {@code timeout}) until the reported use has gone down by what was shed.
 */
final class ShedSettling {

    private final Map<Resource, BigDecimal> target = new EnumMap<>(Resource.class);

    private ShedSettling() {
    }

    /** Starts from the use the tenant reports now; empty when the tenant or its use is unknown. */
    static Optional<ShedSettling> from(TenantState tenant) {
        ShedSettling settling = new ShedSettling();
        for (QuotaUsage usage : tenant.quota()) {
            if (usage.used() != null) {
                settling.target.put(usage.resource(), usage.used());
            }
        }
        return settling.target.isEmpty() ? Optional.empty() : Optional.of(settling);
    }

    void shed(org.vigie.tenant.ServiceSpec service, int replicas) {
        target.replaceAll((resource, used) -> used.subtract(QuotaCheck.perReplica(service, resource)
                .multiply(BigDecimal.valueOf(replicas))));
    }

    /** Waits until the tenant's reported use is at or below the target, or the timeout passes. */
    void await(FleetSnapshotPublisher fleet, String tenant, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && !settled(fleet, tenant)) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private boolean settled(FleetSnapshotPublisher fleet, String tenant) {
        return fleet.current().tenant(tenant).map(t -> t.quota().stream().allMatch(q -> q.used() == null
                || !target.containsKey(q.resource()) || q.used().compareTo(target.get(q.resource())) <= 0)).orElse(true);
    }
}
