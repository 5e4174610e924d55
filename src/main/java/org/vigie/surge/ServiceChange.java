package org.vigie.surge;

import java.util.Map;
import org.vigie.health.QuotaUsage.Resource;
import org.vigie.tenant.ServiceSpec.Priority;

/**
 * What a plan does to one service: from {@code today} (the HPA's minimum for an autoscaled service)
 * to {@code planned}; {@code wanted} is what the load needs within the service's bounds.
 * {@code frees} is what a shed gives back of the quota, compared with today.
 */
public record ServiceChange(String tenant, String service, Priority priority, boolean autoscaled, int today,
        int wanted, int planned, Kind kind, Map<Resource, java.math.BigDecimal> frees) {

    public enum Kind {
        /** Raised to what the load needs, or as far as the quota allows. */
        RAISE,
        /** Left as it is (already enough, or nothing fits). */
        KEEP,
        /** Scaled down to its minimum so that critical services fit. */
        SHED
    }

    public ServiceChange {
        frees = Map.copyOf(frees);
    }

    public boolean changes() {
        return planned != today;
    }

    /** True when the quota did not let the service reach what the load needs. */
    public boolean shortOfWanted() {
        return kind != Kind.SHED && planned < wanted;
    }
}
