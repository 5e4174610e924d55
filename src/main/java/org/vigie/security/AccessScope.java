package org.vigie.security;

import java.util.Set;
import java.util.TreeSet;

/**
 * Which tenants a user may act on: those of the listed regions plus the listed tenants; both
 * empty means every tenant. Reading health is fleet-wide; the scope limits changes.
 */
public record AccessScope(Set<String> regions, Set<String> tenants) {

    public static final AccessScope EVERYWHERE = new AccessScope(Set.of(), Set.of());

    public AccessScope {
        regions = Set.copyOf(regions);
        tenants = Set.copyOf(tenants);
    }

    public boolean unrestricted() {
        return regions.isEmpty() && tenants.isEmpty();
    }

    public boolean covers(String tenant, String region) {
        return unrestricted() || regions.contains(region) || tenants.contains(tenant);
    }

    public String describe() {
        if (unrestricted()) {
            return "all tenants";
        }
        StringBuilder text = new StringBuilder();
        if (!regions.isEmpty()) {
            text.append("regions ").append(String.join(", ", new TreeSet<>(regions)));
        }
        if (!tenants.isEmpty()) {
            text.append(text.isEmpty() ? "" : " and ").append("tenants ").append(String.join(", ", new TreeSet<>(tenants)));
        }
        return text.toString();
    }
}
