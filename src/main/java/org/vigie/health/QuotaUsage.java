package org.vigie.health;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One resource of a tenant's quota: the contract amount, and the namespace ResourceQuota's hard
 * limit and current use ({@code null} when the cluster has no quota for it).
 */
public record QuotaUsage(Resource resource, BigDecimal contract, BigDecimal hard, BigDecimal used) {

    public enum Resource {
        CPU("requests.cpu"), MEMORY("requests.memory"), PODS("pods");

        private final String quotaKey;

        Resource(String quotaKey) {
            this.quotaKey = quotaKey;
        }

        public String quotaKey() {
            return quotaKey;
        }
    }

    /** used / hard, or empty when either is unknown or hard is zero. */
    public java.util.OptionalDouble usedRatio() {
        if (hard == null || used == null || hard.signum() == 0) {
            return java.util.OptionalDouble.empty();
        }
        return java.util.OptionalDouble.of(used.divide(hard, 4, RoundingMode.HALF_UP).doubleValue());
    }
}
