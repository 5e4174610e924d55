package org.vigie.surge;

import java.util.Map;

/**
 * How much busier than an ordinary weekday peak: {@code multiplier} for every tenant, unless its
 * region or the tenant itself has its own (the tenant's wins).
 */
public record LoadProfile(double multiplier, Map<String, Double> byRegion, Map<String, Double> byTenant) {

    public static final double MIN = 0.1;
    public static final double MAX = 20;

    public LoadProfile {
        byRegion = Map.copyOf(byRegion);
        byTenant = Map.copyOf(byTenant);
    }

    public double multiplierFor(String tenant, String region) {
        return byTenant.getOrDefault(tenant, byRegion.getOrDefault(region, multiplier));
    }
}
