package org.vigie.surge;

import java.math.BigDecimal;
import java.util.List;
import org.vigie.health.QuotaUsage.Resource;

/**
 * One tenant under a plan: the sessions expected at the busiest moment of the window, the replicas
 * they need, each service's change, the quota use after it, and what does not fit.
 */
public record TenantSurge(String tenant, String region, double multiplier, long sessions, int replicasNeeded,
        List<ServiceChange> services, List<QuotaAfter> quota, List<String> doesNotFit) {

    public TenantSurge {
        services = List.copyOf(services);
        quota = List.copyOf(quota);
        doesNotFit = List.copyOf(doesNotFit);
    }

    /** One resource of the quota: used now, used after the plan, and the limit (null: unknown). */
    public record QuotaAfter(Resource resource, BigDecimal usedNow, BigDecimal usedAfter, BigDecimal limit) {
    }
}
