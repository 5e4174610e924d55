package org.vigie.incident;

import java.time.Instant;
import java.util.List;

/** Planned work on some tenants: during {@code [start, end)} their tiles say MAINTENANCE instead of their colour. */
public record MaintenanceWindow(long id, Instant start, Instant end, List<String> tenants, String publicText,
        String createdBy, Instant createdAt) {

    public MaintenanceWindow {
        tenants = List.copyOf(tenants);
    }

    public boolean activeAt(Instant at) {
        return !at.isBefore(start) && at.isBefore(end);
    }

    public boolean covers(String tenant, Instant at) {
        return activeAt(at) && tenants.contains(tenant);
    }
}
